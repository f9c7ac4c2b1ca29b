package dev.newsroom.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.SourceKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RegistryWireSerdeTest {

  private static final String TOPIC = "newsroom.releases.raw";

  private final FakeSchemaRegistry registry = fake();

  private static FakeSchemaRegistry fake() {
    try {
      return new FakeSchemaRegistry();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private RegistryWireSerde<RawRelease> serde() {
    return new RegistryWireSerde<>(Contracts.RAW_RELEASE, new SchemaRegistry(registry.url()));
  }

  @AfterEach
  void stop() {
    registry.close();
  }

  @Test
  void shouldWriteZeroByteRegisteredIdThenPlainAvroBody() throws IOException {
    byte[] bytes = serde().encode(TOPIC, AvroSerdeTest.release());

    assertThat(bytes[0]).isZero();
    int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
    assertThat(registry.subjects).containsOnlyKeys(TOPIC + "-value");
    assertThat(registry.subjects.get(TOPIC + "-value")).containsExactly(id);
    // What any registry-aware subscriber does: the body is plain Avro binary of the registered schema.
    Schema writer = new SchemaRegistry(registry.url()).schema(id);
    GenericRecord read = new GenericDatumReader<GenericRecord>(writer)
        .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
    assertThat(read.get("id")).hasToString("r-1");
    assertThat(read.get("body")).hasToString("Body text");
  }

  @Test
  void shouldReadItsOwnRecordsBack() {
    RegistryWireSerde<RawRelease> serde = serde();

    assertThat(serde.decode(serde.encode(TOPIC, AvroSerdeTest.release()))).isEqualTo(AvroSerdeTest.release());
    assertThat(serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, AvroSerdeTest.release())))
        .isEqualTo(AvroSerdeTest.release());
  }

  @Test
  void shouldStillReadSingleObjectRecordsWithoutAskingTheRegistry() {
    byte[] singleObject = Contracts.RAW_RELEASE.encode(AvroSerdeTest.release());

    assertThat(serde().decode(singleObject)).isEqualTo(AvroSerdeTest.release());
    assertThat(registry.requests).isEmpty();
  }

  @Test
  void shouldResolveAnOlderWriterSchemaFromTheRegistryToOurs() throws IOException {
    Schema older = AvroSerdeTest.rawReleaseBeforeLanguage();
    int id = registry.put(TOPIC + "-value", older.toString());
    GenericRecord record = AvroSerdeTest.oldAgencyRelease(older);

    RawRelease decoded = serde().decode(framed(id, older, record));

    assertThat(decoded.getId()).isEqualTo("old-1");
    assertThat(decoded.getSource().getKind()).isEqualTo(SourceKind.AGENCY);
    assertThat(decoded.getLanguage()).isNull();
  }

  @Test
  void shouldRegisterOnceAndFetchEachIdOnce() {
    RegistryWireSerde<RawRelease> writer = serde();
    byte[] first = writer.encode(TOPIC, AvroSerdeTest.release());
    writer.encode(TOPIC, AvroSerdeTest.release());
    byte[] third = writer.encode(TOPIC, AvroSerdeTest.release());
    RegistryWireSerde<RawRelease> reader = serde();
    reader.decode(first);
    reader.decode(third);
    reader.decode(first);

    assertThat(registry.count("POST", "/subjects/")).isEqualTo(1);
    assertThat(registry.count("GET", "/schemas/ids/")).isEqualTo(1);
    assertThat(Arrays.copyOf(first, 5)).isEqualTo(Arrays.copyOf(third, 5));
  }

  @Test
  void shouldRegisterUnderEachTopicsOwnSubject() {
    RegistryWireSerde<RawRelease> serde = serde();
    serde.encode("desk-a.raw", AvroSerdeTest.release());
    serde.encode("desk-b.raw", AvroSerdeTest.release());

    assertThat(registry.subjects).containsOnlyKeys("desk-a.raw-value", "desk-b.raw-value");
  }

  @Test
  void shouldRefuseAnIdTheRegistryDoesNotKnowWithClearReason() {
    byte[] unknown = ByteBuffer.allocate(8).put((byte) 0).putInt(4242).put(new byte[] {2, 'x', 0}).array();

    assertThatThrownBy(() -> serde().decode(unknown))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a RawRelease")
        .hasMessageContaining("schema id 4242 is not known to the schema registry at " + registry.url());
  }

  @Test
  void shouldRefuseATooShortHeader() {
    assertThatThrownBy(() -> serde().decode(new byte[] {0, 0, 1}))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a RawRelease in the schema registry wire format (3 bytes");
  }

  @Test
  void shouldNameTheUrlWhenTheRegistryIsUnreachable() throws IOException {
    String url;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      url = "http://127.0.0.1:" + socket.getLocalPort();
    }
    RegistryWireSerde<RawRelease> serde = new RegistryWireSerde<>(Contracts.RAW_RELEASE, new SchemaRegistry(url));
    byte[] framed = ByteBuffer.allocate(8).put((byte) 0).putInt(7).put(new byte[] {2, 'x', 0}).array();

    assertThatThrownBy(() -> serde.encode(TOPIC, AvroSerdeTest.release()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("the schema registry at " + url + " is unreachable");
    assertThatThrownBy(() -> serde.decode(framed))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a RawRelease")
        .hasMessageContaining("the schema registry at " + url + " is unreachable");
  }

  @Test
  void shouldPassNullsThroughForTombstones() {
    assertThat(serde().encode(TOPIC, null)).isNull();
    assertThat(serde().decode(null)).isNull();
    assertThat(registry.requests).isEmpty();
  }

  private static byte[] framed(int id, Schema schema, GenericRecord record) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(ByteBuffer.allocate(5).put((byte) 0).putInt(id).array());
    BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
    new GenericDatumWriter<GenericRecord>(schema).write(record, encoder);
    encoder.flush();
    return out.toByteArray();
  }
}
