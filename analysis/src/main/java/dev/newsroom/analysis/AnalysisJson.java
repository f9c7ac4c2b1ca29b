package dev.newsroom.analysis;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * The JSON wire form of analyses (one line, fixed field order, nulls written) and of analysis input lines.
 * Field order is written by hand rather than left to reflection because other tools diff these lines.
 */
public final class AnalysisJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();

  private AnalysisJson() {
  }

  /**
   * {@code {"id":..,"countries":[..],"pairs":[{"pair":[..],"score":..}],"primary_pair":[..]|null,
   * "upgrade":null|{"pair":[..],"from_level":..|null,"to_level":..,"stage":..,"evidence":..},
   * "downgrade":null|{same shape as upgrade}}}; {@code downgrade} came last, added without changing the rest
   */
  public static String toJson(Analysis a) {
    StringWriter out = new StringWriter(256);
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("id", a.id());
      json.writeArrayFieldStart("countries");
      for (String code : a.countries()) {
        json.writeString(code);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("pairs");
      for (ScoredPair scored : a.pairs()) {
        json.writeStartObject();
        writePair(json, "pair", scored.pair());
        json.writeNumberField("score", scored.score());
        json.writeEndObject();
      }
      json.writeEndArray();
      writePair(json, "primary_pair", a.primaryPair());
      writeUpgrade(json, "upgrade", a.upgrade());
      writeUpgrade(json, "downgrade", a.downgrade());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to memory failed", e);
    }
    return out.toString();
  }

  /** An upgrade or a downgrade: the same shape, so readers of one read the other. */
  private static void writeUpgrade(JsonGenerator json, String field, Move upgrade) throws IOException {
    if (upgrade == null) {
      json.writeNullField(field);
      return;
    }
    json.writeObjectFieldStart(field);
    writePair(json, "pair", upgrade.pair());
    json.writeStringField("from_level", upgrade.fromLevel());
    json.writeStringField("to_level", upgrade.toLevel());
    json.writeStringField("stage", upgrade.stage().label());
    json.writeStringField("evidence", upgrade.evidence());
    json.writeEndObject();
  }

  private static void writePair(JsonGenerator json, String field, CountryPair pair) throws IOException {
    if (pair == null) {
      json.writeNullField(field);
      return;
    }
    json.writeArrayFieldStart(field);
    json.writeString(pair.first());
    json.writeString(pair.second());
    json.writeEndArray();
  }

  /**
   * Reads {@code {"id","title","text","date"}}. {@code id} and {@code text} are required; {@code date} may
   * be missing, null, {@code yyyy-MM-dd} or an ISO date-time (its local date is used). Other fields are
   * ignored.
   *
   * @throws IllegalArgumentException if the line is not a JSON object, misses a required field or has a
   *                                  date that is not ISO
   */
  public static AnalysisInput readInput(String jsonLine) {
    if (jsonLine == null || jsonLine.isBlank()) {
      throw new IllegalArgumentException("release JSON line is empty");
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(jsonLine);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("release line is not valid JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("release JSON must be an object");
    }
    String id = requiredText(root, "id");
    String text = requiredText(root, "text");
    String title = optionalText(root, "title");
    String date = optionalText(root, "date");
    return new AnalysisInput(id, title, text, date == null || date.isBlank() ? null : parseDate(date, id));
  }

  private static String requiredText(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw new IllegalArgumentException("release JSON is missing required field '" + field + "'");
    }
    if (!node.isTextual() || (field.equals("id") && node.asText().isBlank())) {
      throw new IllegalArgumentException("release JSON field '" + field + "' must be a non-empty string");
    }
    return node.asText();
  }

  private static String optionalText(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? null : node.asText();
  }

  private static LocalDate parseDate(String value, String id) {
    String trimmed = value.trim();
    try {
      return LocalDate.parse(trimmed);
    } catch (DateTimeParseException notADate) {
      try {
        return OffsetDateTime.parse(trimmed).toLocalDate();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDateTime.parse(trimmed).toLocalDate();
        } catch (DateTimeParseException notLocal) {
          throw new IllegalArgumentException("release " + id + ": date '" + value
              + "' is neither yyyy-MM-dd nor an ISO date-time", notLocal);
        }
      }
    }
  }
}
