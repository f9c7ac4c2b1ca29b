package dev.newsroom.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSerdeTest {

  static RawRelease release() {
    return RawRelease.newBuilder()
        .setId("r-1")
        .setSource(new ReleaseSource("Ministry", SourceKind.MINISTRY))
        .setTitle("Title")
        .setBody("Body text")
        .setReceivedAt(Instant.ofEpochMilli(1_668_211_200_000L))
        .build();
  }

  @Test
  void shouldRoundTripReleaseInSingleObjectEncoding() {
    byte[] bytes = Contracts.RAW_RELEASE.encode(release());

    // Single-object encoding starts with the marker C3 01 followed by the schema's 8-byte fingerprint.
    assertThat(bytes[0]).isEqualTo((byte) 0xC3);
    assertThat(bytes[1]).isEqualTo((byte) 0x01);
    assertThat(Contracts.RAW_RELEASE.decode(bytes)).isEqualTo(release());
  }

  @Test
  void shouldRejectGarbageWithReadableReason() {
    byte[] garbage = "definitely not avro".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Contracts.RAW_RELEASE.decode(garbage))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a RawRelease");
  }

  @Test
  void shouldPassNullsThroughForTombstones() {
    assertThat(Contracts.RAW_RELEASE.encode(null)).isNull();
    assertThat(Contracts.RAW_RELEASE.decode(null)).isNull();
  }

  @Test
  void shouldReadRecordWrittenWithOlderRegisteredSchema() throws IOException {
    // An older contract without `language`: the current reader fills the field's default.
    Schema older = rawReleaseBeforeLanguage();
    GenericRecord record = oldAgencyRelease(older);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(record, out);

    AvroSerde<RawRelease> serde = new AvroSerde<>(RawRelease.class, RawRelease.getClassSchema(), List.of(older));
    RawRelease decoded = serde.decode(out.toByteArray());

    assertThat(decoded.getId()).isEqualTo("old-1");
    assertThat(decoded.getSource().getKind()).isEqualTo(SourceKind.AGENCY);
    assertThat(decoded.getLanguage()).isNull();
    assertThatThrownBy(() -> Contracts.RAW_RELEASE.decode(out.toByteArray()))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("not a RawRelease");
  }

  /** RawRelease as it was before {@code language}. */
  static Schema rawReleaseBeforeLanguage() {
    return new Schema.Parser().parse("""
        {"type":"record","name":"RawRelease","namespace":"dev.newsroom.avro","fields":[
          {"name":"id","type":"string"},
          {"name":"source","type":{"type":"record","name":"ReleaseSource","fields":[
            {"name":"name","type":"string"},
            {"name":"kind","type":{"type":"enum","name":"SourceKind",
              "symbols":["MINISTRY","AGENCY","NEWSPAPER","OTHER"],"default":"OTHER"}}]}},
          {"name":"url","type":["null","string"],"default":null},
          {"name":"title","type":["null","string"],"default":null},
          {"name":"body","type":"string"},
          {"name":"publishedAt","type":["null",{"type":"long","logicalType":"timestamp-millis"}],"default":null},
          {"name":"receivedAt","type":{"type":"long","logicalType":"timestamp-millis"}}]}""");
  }

  /** Release {@code old-1} from an agency, in the older schema. */
  static GenericRecord oldAgencyRelease(Schema older) {
    GenericRecord source = new GenericData.Record(older.getField("source").schema());
    source.put("name", "Agency");
    source.put("kind", new GenericData.EnumSymbol(older.getField("source").schema().getField("kind").schema(), "AGENCY"));
    GenericRecord record = new GenericData.Record(older);
    record.put("id", "old-1");
    record.put("source", source);
    record.put("body", "old body");
    record.put("receivedAt", 1L);
    return record;
  }
}
