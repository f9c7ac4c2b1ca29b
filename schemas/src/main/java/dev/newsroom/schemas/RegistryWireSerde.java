package dev.newsroom.schemas;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The schema-registry wire format, opted into with {@code newsroom.schema.registry.url}: a zero byte, the writer
 * schema's registry id (4 bytes, big-endian), then the Avro binary body — what Confluent's and Apicurio's
 * Confluent-compatible serdes read. The writer schema is registered under the subject {@code <topic>-value}
 * (Confluent's TopicNameStrategy) on first use.
 *
 * <p>Reading accepts both formats, told apart by the first byte: {@code 0x00} is this one (the writer schema is
 * fetched by id and resolved to ours), {@code 0xC3 0x01} is the single-object encoding of {@link AvroSerde}, so
 * turning the registry on (or off again, for records written meanwhile) never strands records already written.
 */
public final class RegistryWireSerde<T extends SpecificRecord> implements Serde<T> {

  static final byte MAGIC = 0;
  static final int HEADER = 5;

  private final AvroSerde<T> singleObject;
  private final SchemaRegistry registry;
  private final SpecificData model;
  /** The writer schema's id per topic, so that a record costs a map look-up, not the schema's JSON text. */
  private final Map<String, Integer> idsByTopic = new ConcurrentHashMap<>();

  public RegistryWireSerde(AvroSerde<T> singleObject, SchemaRegistry registry) {
    this.singleObject = singleObject;
    this.registry = registry;
    this.model = SpecificData.getForClass(singleObject.type());
  }

  /** The subject a topic's values are registered under (TopicNameStrategy). */
  public static String subject(String topic) {
    return topic + "-value";
  }

  /** Encodes a record for {@code topic}; null stays null so that tombstones pass through. */
  public byte[] encode(String topic, T value) {
    if (value == null) {
      return null;
    }
    if (topic == null || topic.isBlank()) {
      throw new SerializationException("the registry wire format needs the topic, to name the subject");
    }
    int id = idsByTopic.computeIfAbsent(topic, t -> registry.register(subject(t), singleObject.schema()));
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(ByteBuffer.allocate(HEADER).put(MAGIC).putInt(id).array());
    try {
      BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
      new SpecificDatumWriter<T>(singleObject.schema(), model).write(value, encoder);
      encoder.flush();
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("cannot encode a " + singleObject.type().getSimpleName() + ": " + e, e);
    }
    return out.toByteArray();
  }

  /**
   * Decodes either format.
   *
   * @throws SerializationException with a reason a person can read: not a record of ours, a schema id the registry
   *     does not know, or a registry that does not answer (named by its URL)
   */
  public T decode(byte[] bytes) {
    if (bytes == null || bytes.length == 0 || bytes[0] != MAGIC) {
      return singleObject.decode(bytes);
    }
    String what = singleObject.type().getSimpleName();
    if (bytes.length < HEADER) {
      throw new SerializationException("not a " + what + " in the schema registry wire format (" + bytes.length
          + " bytes, shorter than its 5-byte header)");
    }
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
    Schema writer;
    try {
      writer = registry.schema(id);
    } catch (SerializationException e) {
      throw new SerializationException("not a " + what + " that can be read: " + e.getMessage(), e);
    }
    try {
      return new SpecificDatumReader<T>(writer, singleObject.schema(), model)
          .read(null, DecoderFactory.get().binaryDecoder(bytes, HEADER, bytes.length - HEADER, null));
    } catch (IOException | RuntimeException e) {
      throw new SerializationException("not a " + what + " in the schema registry wire format (schema id " + id
          + ", " + writer.getFullName() + ", " + bytes.length + " bytes): " + e, e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return this::encode;
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> decode(bytes);
  }
}
