package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.Topics;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline with {@code newsroom.schema.registry.url} pointed at a real Apicurio Registry (3.3.3, its
 * Confluent-compatible API): what it writes is the registry wire format, which a subscriber decodes with the
 * schema the registry gives for the record's id, and what it reads may be either format.
 */
@ExtendWith(KafkaBrokerExtension.class)
class RegistryWireFormatIT {

  private static final Logger log = LoggerFactory.getLogger(RegistryWireFormatIT.class);
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static ApicurioRegistry registry;
  /** Why the registry cannot run here, if it cannot: each test is then reported skipped with it. */
  private static String unavailable;

  @TempDir
  Path state;
  private Pipeline pipeline;

  @BeforeAll
  static void startRegistry() {
    try {
      registry = ApicurioRegistry.start();
      log.info("Apicurio Registry ready at {} in {} ms", registry.ccompatUrl(), registry.startedIn().toMillis());
    } catch (TestAbortedException e) {
      // Aborted here, the class would be reported as 0 tests run; aborted in each test, as skipped with the reason.
      unavailable = e.getMessage().replaceFirst("^Assumption failed: ", "");
    }
  }

  @AfterAll
  static void stopRegistry() {
    if (registry != null) {
      registry.close();
    }
  }

  @BeforeEach
  void start(KafkaBroker broker) {
    Assumptions.assumeTrue(unavailable == null, unavailable);
    pipeline = new Pipeline(broker, state, Map.of(Topics.SCHEMA_REGISTRY_URL, registry.ccompatUrl()));
  }

  @AfterEach
  void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void shouldWriteAlertsInRegistryWireFormatThatAPlainAvroReaderDecodesWithTheRegistrysSchema() throws Exception {
    String alerts = pipeline.topics.alerts().name();
    pipeline.publish("ministry", SeedPipelineIT.MINISTRY);
    pipeline.publish("newspaper", SeedPipelineIT.NEWSPAPER);

    try (RecordedTopic<byte[]> bytes = new RecordedTopic<>(pipeline.bootstrap(), alerts, new ByteArrayDeserializer())) {
      await().atMost(PATIENCE).untilAsserted(() -> assertThat(bytes.values()).isNotEmpty());
      ConsumerRecord<String, byte[]> record = bytes.records().get(0);
      byte[] value = record.value();

      assertThat(value[0]).as("magic byte").isZero();
      int id = ByteBuffer.wrap(value, 1, 4).getInt();
      var answer = registry.get("/schemas/ids/" + id);
      assertThat(answer.statusCode()).isEqualTo(200);
      Schema writer = new Schema.Parser().parse(JSON.readTree(answer.body()).get("schema").asText());
      assertThat(writer.getFullName()).isEqualTo(Alert.getClassSchema().getFullName());
      assertThat(SchemaNormalization.parsingFingerprint64(writer))
          .isEqualTo(SchemaNormalization.parsingFingerprint64(Alert.getClassSchema()));
      GenericRecord alert = new GenericDatumReader<GenericRecord>(writer)
          .read(null, DecoderFactory.get().binaryDecoder(value, 5, value.length - 5, null));
      assertThat(alert.get("alertId")).hasToString(record.key());
      assertThat((List<?>) alert.get("pair")).extracting(Object::toString).containsExactly("JP", "KH");
      assertThat(alert.get("toLevel")).hasToString("comprehensive strategic partnership");

      var versions = registry.get("/subjects/" + alerts + "-value/versions");
      assertThat(versions.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(versions.body())).isNotEmpty();
    }
    // Newsroom's own readers (alerts, the desk, inspect) decode it too.
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.latestAlerts().values()).singleElement()
        .satisfies(alert -> assertThat(alert.getSources()).hasSize(2)));
    List<String> inspect = new ArrayList<>(List.of("inspect", "alerts", "--json", "--from-beginning"));
    inspect.addAll(pipeline.commandFlags());
    Cli inspected = Cli.run(inspect.toArray(String[]::new));
    assertThat(inspected.exitCode()).as(inspected.err()).isZero();
    JsonNode line = JSON.readTree(inspected.out().lines().findFirst().orElseThrow());
    assertThat(line.at("/value/pair/0").asText()).isEqualTo("JP");
    assertThat(line.at("/value/toLevel").asText()).isEqualTo("comprehensive strategic partnership");
  }

  @Test
  void shouldShowARejectedRegistryFormatRecordDecodedInInspectJson() throws Exception {
    RawRelease release = readable("kept-1");
    byte[] framed = pipeline.topics.rawReleases().valueSerde().serializer()
        .serialize(pipeline.topics.rawReleases().name(), release);
    pipeline.publishBytes("not-its-id", framed);
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.rejected.values()).singleElement()
        .satisfies(rejection -> assertThat(rejection.getStep()).isEqualTo("validate")));

    List<String> inspect = new ArrayList<>(List.of("inspect", "rejected", "--json"));
    inspect.addAll(pipeline.commandFlags());
    Cli inspected = Cli.run(inspect.toArray(String[]::new));

    assertThat(framed[0]).isZero();
    assertThat(inspected.exitCode()).as(inspected.err()).isZero();
    JsonNode line = JSON.readTree(inspected.out().lines().findFirst().orElseThrow());
    assertThat(line.at("/value/originalValue/id").asText()).as(inspected.out()).isEqualTo("kept-1");
  }

  @Test
  void shouldReadSingleObjectRecordsAndRejectAnIdTheRegistryDoesNotKnow() {
    RawRelease older = readable("so-1");
    pipeline.publishBytes(older.getId(), Contracts.RAW_RELEASE.encode(older));
    byte[] unknownId = ByteBuffer.allocate(9).put((byte) 0).putInt(987_654).put(new byte[] {2, 'x', 0, 0}).array();
    pipeline.publishBytes("unknown-id-1", unknownId);

    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.rejected.values()).singleElement()
        .satisfies(rejection -> {
          assertThat(rejection.getStep()).isEqualTo("decode");
          assertThat(rejection.getReason()).contains("not a RawRelease")
              .contains("schema id 987654 is not known to the schema registry at " + registry.ccompatUrl());
          assertThat(rejection.getOriginalValue()).isEqualTo(ByteBuffer.wrap(unknownId));
        }));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.tagged.values())
        .extracting(TaggedRelease::getId).containsExactly("so-1"));
  }

  private static RawRelease readable(String id) {
    return RawRelease.newBuilder()
        .setId(id)
        .setSource(new dev.newsroom.avro.ReleaseSource("City Weather Service", dev.newsroom.avro.SourceKind.OTHER))
        .setTitle("Showers expected over the weekend")
        .setBody("Scattered showers are expected on Saturday, with temperatures between 18 and 24 degrees.")
        .setReceivedAt(Instant.now())
        .build();
  }
}
