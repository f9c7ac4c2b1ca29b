package dev.newsroom.schemas.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one YAML loader of Newsroom's settings files (desk files, ingest sources): a Jackson tree that remembers, for
 * every node, the line it starts on, so that every mistake found while checking or binding the tree is a
 * {@link ConfigFileException} with its line. Paths are written as people read them: {@code routes[0].match.countries}.
 * Scalars are kept as text (booleans as booleans), and a key given twice is an error. No Jackson class or message
 * reaches the reader of an error.
 */
public final class LocatedYaml {

  private static final YAMLFactory YAML = new YAMLFactory();

  private final String file;
  private final JsonNode root;
  private final Map<String, Integer> lines;

  private LocatedYaml(String file, JsonNode root, Map<String, Integer> lines) {
    this.file = file;
    this.root = root;
    this.lines = lines;
  }

  /** Reads {@code file}, named in errors as given. */
  public static LocatedYaml load(Path file) {
    try {
      return parse(file.toString(), Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new ConfigFileException(file.toString(), 0, "does not exist");
    } catch (IOException e) {
      throw new ConfigFileException(file.toString(), 0, "cannot be read: " + e.getMessage());
    }
  }

  /** @param file the name errors give */
  public static LocatedYaml parse(String file, String text) {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = YAML.createParser(text)) {
      if (parser.nextToken() == null) {
        throw new ConfigFileException(file, 0, "the file is empty");
      }
      JsonNode root = read(file, parser, "", lines);
      return new LocatedYaml(file, root, lines);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ConfigFileException(file, line, "not valid YAML: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigFileException(file, 0, "cannot be read: " + e.getMessage());
    }
  }

  public String file() {
    return file;
  }

  public JsonNode root() {
    return root;
  }

  /** The line the node at {@code path} starts on; 0 when there is none. */
  public int line(String path) {
    return lines.getOrDefault(path, 0);
  }

  /** A mistake at {@code path} (empty for the whole file), with its line. */
  public ConfigFileException error(String path, String reason) {
    return new ConfigFileException(file, line(path), (path.isEmpty() ? "" : path + ": ") + reason);
  }

  /** A key the mapping at {@code parent} does not take, with the known key it most likely meant. */
  public ConfigFileException unknownKey(String parent, String key, Collection<String> known) {
    String reason = "unknown key '" + key + "'" + ClosestName.to(key, known)
        .map(meant -> " (did you mean '" + meant + "'?)")
        .orElse("; expected one of " + known.stream().sorted().toList());
    return new ConfigFileException(file, line(parent.isEmpty() ? key : parent + "." + key),
        (parent.isEmpty() ? "" : parent + ": ") + reason);
  }

  /**
   * The tree bound to {@code type} by {@code mapper}; a value the type refuses (an unknown key, a wrong kind of
   * value, a constructor's {@link IllegalArgumentException}) is an error at its line, in words.
   */
  public <T> T bind(ObjectMapper mapper, Class<T> type) {
    try {
      return mapper.treeToValue(root, type);
    } catch (UnrecognizedPropertyException e) {
      List<String> path = steps(e);
      throw unknownKey(join(path.subList(0, path.size() - 1)), e.getPropertyName(),
          e.getKnownPropertyIds().stream().map(String::valueOf).toList());
    } catch (JsonMappingException e) {
      throw error(join(steps(e)), reason(e));
    } catch (JsonProcessingException e) {
      throw error("", firstLine(e.getOriginalMessage()));
    }
  }

  private static List<String> steps(JsonMappingException e) {
    return e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
        .toList();
  }

  private static String join(List<String> steps) {
    return String.join("", steps).replaceFirst("^\\.", "");
  }

  private static String reason(JsonMappingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IllegalArgumentException && !(cause instanceof JsonMappingException)) {
        return cause.getMessage();
      }
    }
    if (e instanceof InvalidFormatException invalid && isScalar(invalid.getTargetType())) {
      return "'" + invalid.getValue() + "' is not " + kind(invalid.getTargetType());
    }
    if (e instanceof MismatchedInputException mismatched && !(e instanceof InvalidFormatException)
        && mismatched.getTargetType() != null) {
      return "must be " + kind(mismatched.getTargetType());
    }
    // A deserializer's own words (DurationText's), or whatever else Jackson says, without its class names.
    return firstLine(e.getOriginalMessage()).replaceAll("\\s*\\(class [\\w.$]+\\)", "")
        .replaceAll("`(?:[\\w$]+\\.)*([\\w$]+)`", "$1");
  }

  private static boolean isScalar(Class<?> type) {
    return type != null && (type.isPrimitive() || Number.class.isAssignableFrom(type) || type == Boolean.class
        || type == String.class);
  }

  /** What a value of {@code type} is, in a settings file's words. */
  private static String kind(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "a whole number";
    }
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a text";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "a mapping";
  }

  private static String firstLine(String text) {
    return text == null ? "invalid" : text.lines().findFirst().orElse(text);
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
            throw new ConfigFileException(file, parser.currentTokenLocation().getLineNr(), child + ": given twice");
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
