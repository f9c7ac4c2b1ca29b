package dev.newsroom.schemas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.util.ClassSecurityValidator;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Avro binary in the single-object encoding (magic bytes, schema fingerprint, body): no schema registry is
 * needed, and a reader can tell which schema wrote a record and resolve older versions it knows of.
 *
 * <p>Older writer schemas of a contract are registered through {@code olderSchemas}; a record written with an
 * unknown schema fails with a message that names its fingerprint.
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  /** Package of the classes generated from {@code schemas/src/main/avro}. */
  static final String CONTRACT_PACKAGE = "dev.newsroom.avro";

  private static final AtomicBoolean TRUSTED = new AtomicBoolean();

  static {
    trustContracts();
  }

  /**
   * Adds our generated contract classes to the classes Avro 1.12 trusts: it only instantiates trusted classes
   * while decoding or deep-copying (builder copies). Done once, when a serde is first created or by an entry point
   * that copies records with their builders before any serde exists; later calls do nothing.
   */
  public static void trustContracts() {
    if (TRUSTED.compareAndSet(false, true)) {
      ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
          ClassSecurityValidator.getGlobal(), type -> type.getPackageName().startsWith(CONTRACT_PACKAGE)));
    }
  }

  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;
  private final Class<T> type;
  private final Schema schema;

  public AvroSerde(Class<T> type, Schema schema, List<Schema> olderSchemas) {
    this.type = type;
    this.schema = schema;
    SpecificData model = SpecificData.getForClass(type);
    SchemaStore.Cache store = new SchemaStore.Cache();
    olderSchemas.forEach(store::addSchema);
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, store);
  }

  public AvroSerde(Class<T> type, Schema schema) {
    this(type, schema, List.of());
  }

  /** The generated class of the records it reads and writes. */
  public Class<T> type() {
    return type;
  }

  /** The schema it writes with, and resolves every writer schema to. */
  public Schema schema() {
    return schema;
  }

  /** Encodes a record; null stays null so that tombstones pass through. */
  public byte[] encode(T value) {
    if (value == null) {
      return null;
    }
    try {
      ByteBuffer buffer = encoder.encode(value);
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes single-object-encoded bytes.
   *
   * @throws SerializationException with a reason a person can read when the bytes are not such a record
   */
  public T decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return decoder.decode(bytes);
    } catch (IOException | RuntimeException e) {
      throw new SerializationException(
          "not a " + type.getSimpleName() + " in Avro single-object encoding (" + bytes.length + " bytes): "
              + e.getMessage(), e);
    }
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) -> encode(value);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> decode(bytes);
  }
}
