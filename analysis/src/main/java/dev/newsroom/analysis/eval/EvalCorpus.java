package dev.newsroom.analysis.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.analysis.CountryPair;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a labelled corpus in JSON Lines. A line that cannot be read is kept as a problem rather than
 * stopping the run, because corpora are often written while they are evaluated (a half-written last line).
 */
public final class EvalCorpus {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The cases read and the lines that could not be (as "line N: reason"). */
  public record Loaded(List<EvalCase> cases, List<String> problems) {
    public Loaded {
      cases = List.copyOf(cases);
      problems = List.copyOf(problems);
    }
  }

  private EvalCorpus() {
  }

  /** @throws IOException when the file cannot be opened or read */
  public static Loaded read(Path file) throws IOException {
    List<EvalCase> cases = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          cases.add(parse(line));
        } catch (IllegalArgumentException e) {
          problems.add("line " + number + ": " + e.getMessage());
        }
      }
    }
    return new Loaded(cases, problems);
  }

  /** @throws IllegalArgumentException when the line is not a labelled case */
  public static EvalCase parse(String line) {
    JsonNode root;
    try {
      root = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    String id = text(root, "id");
    String body = text(root, "text");
    if (id == null || id.isBlank() || body == null) {
      throw new IllegalArgumentException("missing id or text");
    }
    JsonNode label = root.get("label");
    if (label == null || !label.isObject()) {
      throw new IllegalArgumentException(id + ": missing label");
    }
    boolean v2 = label.has("partnership") || label.has("representation");
    EvalLabel parsed = label(label, id);
    return new EvalCase(id, text(root, "title"), body, date(text(root, "date"), id), text(root, "lang"),
        text(root, "source_kind"), parsed, v2 && CorpusSplit.isTest(parsed.eventKey()));
  }

  /** A v2 label has the "partnership" object (possibly null); a v1 label has "is_upgrade" instead. */
  private static EvalLabel label(JsonNode label, String id) {
    CountryPair pair = pair(label.get("pair"), id);
    String eventKey = text(label, "event_key");
    if (!label.has("partnership") && !label.has("representation")) {
      // v1: {is_upgrade, pair, to_level, from_level, stage, event_key, direction}
      JsonNode upgrade = label.get("is_upgrade");
      boolean isUpgrade = upgrade != null && upgrade.asBoolean();
      String direction = isUpgrade ? "upgrade" : text(label, "direction");
      EvalLabel.PartnershipLabel move = isUpgrade || "downgrade".equals(direction)
          ? new EvalLabel.PartnershipLabel(direction, text(label, "from_level"), text(label, "to_level"),
              text(label, "stage"))
          : null;
      return new EvalLabel(pair, eventKey, move, null, null, 1);
    }
    JsonNode partnership = label.get("partnership");
    EvalLabel.PartnershipLabel move = null;
    if (partnership != null && partnership.isObject()) {
      String direction = text(partnership, "direction");
      if (!"upgrade".equals(direction) && !"downgrade".equals(direction)) {
        throw new IllegalArgumentException(id + ": partnership direction must be upgrade or downgrade: " + direction);
      }
      move = new EvalLabel.PartnershipLabel(direction, text(partnership, "from_level"),
          text(partnership, "to_level"), text(partnership, "stage"));
    }
    JsonNode representation = label.get("representation");
    EvalLabel.RepresentationLabel change = null;
    if (representation != null && representation.isObject()) {
      String action = text(representation, "action");
      String direction = text(representation, "direction");
      if (action == null || direction == null) {
        throw new IllegalArgumentException(id + ": representation needs a direction and an action");
      }
      change = new EvalLabel.RepresentationLabel(direction, action, text(representation, "from_level"),
          text(representation, "to_level"));
    }
    return new EvalLabel(pair, eventKey, move, change, text(label, "negative"), 2);
  }

  private static CountryPair pair(JsonNode pair, String id) {
    if (pair == null || !pair.isArray() || pair.size() != 2) {
      return null;
    }
    try {
      return CountryPair.of(pair.get(0).asText(), pair.get(1).asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(id + ": bad pair " + pair, e);
    }
  }

  private static LocalDate date(String value, String id) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(id + ": bad date " + value, e);
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }
}
