package dev.newsroom.producer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.avro.ReleaseSource;

/**
 * JSON releases: {@code {"id","title","text","date","source","kind","url","language"}}, all but {@code text}
 * optional; a given {@code id} is the release id.
 */
public final class JsonReleaseReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonReleaseReader() {}

  public static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage());
    }
  }

  public static ReleaseDraft read(JsonNode node, SourceDefaults defaults) {
    if (!node.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, found " + node.getNodeType().name().toLowerCase());
    }
    String text = field(node, "text");
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("missing \"text\"");
    }
    String sourceName = field(node, "source");
    String kind = field(node, "kind");
    ReleaseSource source = new ReleaseSource(
        sourceName != null ? sourceName : defaults.name(),
        kind != null ? SourceDefaults.parseKind(kind) : defaults.kind());
    return new ReleaseDraft(field(node, "id"), field(node, "title"), text, field(node, "url"),
        PublishedDates.parse(field(node, "date")), field(node, "language"), source);
  }

  private static String field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("\"" + name + "\" must be a string");
    }
    return value.asText();
  }
}
