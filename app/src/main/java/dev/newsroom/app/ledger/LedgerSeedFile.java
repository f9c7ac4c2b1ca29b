package dev.newsroom.app.ledger;

import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.avro.PairLevel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads known relationships from CSV, one per line: {@code pair,level,since} such as
 * {@code JP-KH,strategic partnership,2013-12-14}. A header line starting with {@code pair} and lines starting
 * with {@code #} are skipped; {@code since} may be empty. Each bad line is reported with its number and reason.
 */
public final class LedgerSeedFile {

  /** One line's outcome: a seed, or the reason it is not one. */
  public record Line(int number, PairLevel seed, String error) {}

  private LedgerSeedFile() {}

  public static List<Line> parse(List<String> lines, PartnershipLadder ladder, Clock clock) {
    List<Line> out = new ArrayList<>();
    Instant now = clock.instant();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#") || (i == 0 && line.toLowerCase(Locale.ROOT).startsWith("pair"))) {
        continue;
      }
      try {
        out.add(new Line(i + 1, seed(line, ladder, now), null));
      } catch (IllegalArgumentException e) {
        out.add(new Line(i + 1, null, e.getMessage()));
      }
    }
    return out;
  }

  private static PairLevel seed(String line, PartnershipLadder ladder, Instant now) {
    String[] fields = line.split(",", -1);
    if (fields.length < 2 || fields.length > 3) {
      throw new IllegalArgumentException("expected pair,level,since but found " + fields.length + " fields");
    }
    String pair = PairCodes.canonical(fields[0]);
    String level = fields[1].strip().toLowerCase(Locale.ROOT);
    if (ladder.rank(level).isEmpty()) {
      throw new IllegalArgumentException("unknown level '" + fields[1].strip() + "'; known: " + ladder.levels());
    }
    Instant since = null;
    if (fields.length == 3 && !fields[2].isBlank()) {
      try {
        since = LocalDate.parse(fields[2].strip()).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("since '" + fields[2].strip() + "' is not a date like 2013-12-14");
      }
    }
    return PairLevel.newBuilder()
        .setPair(List.of(pair.split("-")))
        .setLevel(level)
        .setSince(since)
        .setEstablishedBy(List.of())
        .setOrigin("seed")
        .setUpdatedAt(now)
        .build();
  }
}
