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
    return new EvalCase(id, text(root, "title"), body, date(text(root, "date"), id), text(root, "lang"),
        text(root, "source_kind"), label(label, id));
  }

  private static EvalLabel label(JsonNode label, String id) {
    JsonNode pair = label.get("pair");
    CountryPair parsed = null;
    if (pair != null && pair.isArray() && pair.size() == 2) {
      try {
        parsed = CountryPair.of(pair.get(0).asText(), pair.get(1).asText());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(id + ": bad pair " + pair, e);
      }
    }
    JsonNode upgrade = label.get("is_upgrade");
    return new EvalLabel(upgrade != null && upgrade.asBoolean(), parsed, text(label, "to_level"),
        text(label, "from_level"), text(label, "stage"), text(label, "event_key"), text(label, "direction"));
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
