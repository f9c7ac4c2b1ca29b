package dev.newsroom.app.ledger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One readable line per ledger entry, from its JSON form: {@code JP-KH  comprehensive ... since 2022-11-12
 * (release, 2 releases)}, then the representation when known: {@code  representation: charge d'affaires since
 * 2024-05-02 (ambassador_recalled, 1 release)}.
 */
public final class LedgerText {

  private LedgerText() {}

  public static String format(JsonNode entry) {
    StringBuilder line = new StringBuilder()
        .append(entry.get("pair").get(0).asText()).append('-').append(entry.get("pair").get(1).asText())
        .append("  ");
    if (entry.get("level").isNull()) {
      line.append("partnership level unknown");
    } else {
      line.append(entry.get("level").asText());
      since(line, entry);
      line.append("  (").append(entry.get("origin").asText());
      releases(line, entry);
      line.append(')');
    }
    JsonNode representation = entry.get("representation");
    if (representation != null && !representation.isNull()) {
      line.append("  representation: ").append(representation.get("level").asText());
      since(line, representation);
      line.append(" (").append(representation.get("action").isNull() ? "seed" : representation.get("action").asText());
      releases(line, representation);
      line.append(')');
    }
    return line.toString();
  }

  private static void since(StringBuilder line, JsonNode entry) {
    if (!entry.get("since").isNull()) {
      line.append("  since ").append(entry.get("since").asText(), 0, 10);
    }
  }

  private static void releases(StringBuilder line, JsonNode entry) {
    int releases = entry.get("established_by").size();
    if (releases > 0) {
      line.append(", ").append(releases).append(releases == 1 ? " release" : " releases");
    }
  }
}
