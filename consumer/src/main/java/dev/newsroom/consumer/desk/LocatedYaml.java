package dev.newsroom.consumer.desk;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * A YAML document as a Jackson tree that remembers, for every node, the line it starts on (from the parser's
 * {@link com.fasterxml.jackson.core.JsonLocation}), so that a mistake found while checking the tree is reported
 * with its line. Paths are written as people read them: {@code routes[0].match.countries}. Scalars are kept as
 * text (booleans as booleans), and a key given twice is an error.
 */
final class LocatedYaml {

  private static final YAMLFactory YAML = new YAMLFactory();

  final String file;
  final JsonNode root;
  private final Map<String, Integer> lines;

  private LocatedYaml(String file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  static LocatedYaml parse(String file, String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new DeskConfigException(file, 0, "the file is empty");
      }
      JsonNode root = read(file, parser, "", lines);
      return new LocatedYaml(file, root, lines);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new DeskConfigException(file, line, "not valid YAML: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new DeskConfigException(file, 0, "cannot read: " + e.getMessage());
    }
  }

  int line(String path) {
    return lines.getOrDefault(path, 0);
  }

  DeskConfigException error(String path, String reason) {
    return new DeskConfigException(file, line(path), (path.isEmpty() ? "" : path + ": ") + reason);
  }

  private static JsonNode read(String file, JsonParser parser, String path, Map<String, Integer> lines)
      throws IOException {
    lines.put(path, parser.currentTokenLocation().getLineNr());
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          String child = path.isEmpty() ? name : path + "." + name;
          if (object.has(name)) {
            throw new DeskConfigException(file, parser.currentTokenLocation().getLineNr(),
                child + ": given twice");
          }
          parser.nextToken();
          object.set(name, read(file, parser, child, lines));
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(read(file, parser, path + "[" + index++ + "]", lines));
        }
        return array;
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return JsonNodeFactory.instance.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return JsonNodeFactory.instance.nullNode();
      }
      default -> {
        return JsonNodeFactory.instance.textNode(parser.getText());
      }
    }
  }
}
