package dev.newsroom.app.inspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.schemas.AvroSerde;
import dev.newsroom.schemas.RegistryWireSerde;
import dev.newsroom.schemas.SchemaRegistry;
import dev.newsroom.schemas.WireNames;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.avro.generic.GenericEnumSymbol;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;

/**
 * Any of our Avro records as JSON, field names as in the schemas: times and dates in ISO-8601, enum symbols by
 * their wire names, and bytes that hold a record of ours in single-object encoding (the alert inside a parked
 * delivery), or in a schema registry's wire format when given the registry, decoded in place; other bytes as UTF-8 text when they are, else {@code "base64:..."}.
 */
public final class RecordJson {

  public static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RecordJson() {}

  public static JsonNode toNode(Object value) {
    return toNode(value, RecordJson::decode);
  }

  /**
   * As {@link #toNode(Object)}, with a schema registry to also decode bytes that hold a record of ours in its wire
   * format (the alert inside a parked delivery, a rejected record's value, once {@code newsroom.schema.registry.url}
   * is set).
   */
  public static JsonNode toNode(Object value, SchemaRegistry registry) {
    return toNode(value, raw -> decode(raw, registry));
  }

  private static JsonNode toNode(Object value, Function<byte[], Optional<Object>> records) {
    if (value == null) {
      return NODES.nullNode();
    }
    if (value instanceof IndexedRecord record) {
      ObjectNode node = NODES.objectNode();
      record.getSchema().getFields().forEach(field -> node.set(field.name(), toNode(record.get(field.pos()), records)));
      return node;
    }
    if (value instanceof CharSequence text) {
      return NODES.textNode(text.toString());
    }
    if (value instanceof Enum<?> symbol) {
      return NODES.textNode(WireNames.of(symbol));
    }
    if (value instanceof GenericEnumSymbol<?> symbol) {
      return NODES.textNode(symbol.toString().toLowerCase(java.util.Locale.ROOT));
    }
    if (value instanceof Integer || value instanceof Long) {
      return NODES.numberNode(((Number) value).longValue());
    }
    if (value instanceof Number number) {
      return NODES.numberNode(number.doubleValue());
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    if (value instanceof Collection<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(toNode(item, records)));
      return array;
    }
    if (value instanceof Map<?, ?> map) {
      ObjectNode node = NODES.objectNode();
      map.forEach((key, item) -> node.set(String.valueOf(key), toNode(item, records)));
      return node;
    }
    if (value instanceof ByteBuffer buffer) {
      return bytes(bytesOf(buffer), records);
    }
    if (value instanceof byte[] raw) {
      return bytes(raw, records);
    }
    return NODES.textNode(value.toString()); // Instant, LocalDate: ISO-8601
  }

  /** Bytes as a record of ours, else text, else base64. */
  public static JsonNode bytes(byte[] raw) {
    return bytes(raw, RecordJson::decode);
  }

  private static JsonNode bytes(byte[] raw, Function<byte[], Optional<Object>> records) {
    Optional<Object> record = records.apply(raw);
    if (record.isPresent()) {
      return toNode(record.get());
    }
    return NODES.textNode(text(raw));
  }

  /** The record of ours these bytes hold, if they hold one that decodes. */
  public static Optional<Object> decode(byte[] raw) {
    return PublishedSchemas.of(raw).flatMap(schema -> {
      try {
        return Optional.of(schema.serde().decode(raw));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    });
  }

  /**
   * The record of ours these bytes hold in either format: the registry wire format (its writer schema, fetched by
   * id, names which of ours it is) or single-object encoding.
   */
  public static Optional<Object> decode(byte[] raw, SchemaRegistry registry) {
    if (raw == null || raw.length < 5 || raw[0] != 0) {
      return decode(raw);
    }
    try {
      String name = registry.schema(ByteBuffer.wrap(raw, 1, 4).getInt()).getFullName();
      return PublishedSchemas.all().stream().filter(published -> published.schema().getFullName().equals(name))
          .findFirst().map(published -> readWith(published.serde(), registry, raw));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  private static <T extends SpecificRecord> Object readWith(AvroSerde<T> serde, SchemaRegistry registry, byte[] raw) {
    return new RegistryWireSerde<>(serde, registry).decode(raw);
  }

  /** UTF-8 text when the bytes are that, else {@code base64:...}. */
  public static String text(byte[] raw) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(raw)).toString();
    } catch (CharacterCodingException e) {
      return "base64:" + Base64.getEncoder().encodeToString(raw);
    }
  }

  public static byte[] bytesOf(ByteBuffer buffer) {
    ByteBuffer copy = buffer.duplicate();
    byte[] bytes = new byte[copy.remaining()];
    copy.get(bytes);
    return bytes;
  }
}
