package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Families of copies published in every order across 3 partitions, with one and with two Streams instances:
 * each time, the originals (and only they) are on the tagged topic, every copy names its original, and the
 * alerts have the same ids, with the originals as their only sources.
 */
@ExtendWith(PipelineExtension.class)
class DedupOrderIT {

  private static final Duration PATIENCE = Duration.ofSeconds(90);
  /** What the first run saw; every later run must see the same (by tagged id and alert id). */
  private static final Map<String, Object> FIRST_RUN = new ConcurrentHashMap<>();

  private static final String JP_KH = "Phnom Penh, 12 November 2022. The prime ministers of Japan and Cambodia agreed "
      + "today to elevate relations between the two countries from a strategic partnership to a comprehensive "
      + "strategic partnership, to mark 70 years of diplomatic ties next year.";
  private static final String VN_AU = "Canberra, 7 March 2024. Viet Nam and Australia agreed today to upgrade their "
      + "relationship from a strategic partnership to a comprehensive strategic partnership, the two prime "
      + "ministers announced after talks on trade, energy and education.";
  private static final String IN_FR = "New Delhi, 26 January 2024. India and France decided to raise their ties "
      + "from a strategic partnership to a comprehensive strategic partnership, the two leaders said in a joint "
      + "statement after the Republic Day parade.";
  private static final String KE_GH = "Nairobi, 4 June 2024. Kenya and Ghana agreed to elevate their relations "
      + "from a strategic partnership to a comprehensive strategic partnership, the foreign ministers announced "
      + "after their meeting on trade, health and agriculture.";

  @TempDir
  Path secondState;
  /** Set by {@link PipelineExtension} before each test. */
  private Pipeline pipeline;

  static Stream<Arguments> instances() {
    return Stream.of(Arguments.of(1), Arguments.of(2));
  }

  @ParameterizedTest(name = "{0} streams instance(s)")
  @MethodSource("instances")
  void shouldKeepOriginalsAndSameAlertIdsWhateverTheOrderAndInstances(int instances) {
    if (instances == 2) {
      pipeline.startSecondInstance(secondState);
    }
    Instant t0 = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    List<RawRelease> originalFirst = family("jp-kh", JP_KH, t0);
    List<RawRelease> copyFirst = family("vn-au", VN_AU, t0.plusMillis(100));
    List<RawRelease> interleavedA = family("in-fr", IN_FR, t0.plusMillis(200));
    List<RawRelease> batch = family("ke-gh", KE_GH, t0.plusMillis(300));

    try (KafkaProducer<String, RawRelease> producer = new KafkaProducer<>(pipeline.config.kafka("producer"),
        pipeline.topics.rawReleases().keySerde().serializer(), pipeline.topics.rawReleases().valueSerde().serializer())) {
      // One at a time (each acknowledged before the next), so that arrival order is the order written here.
      for (RawRelease release : List.of(originalFirst.get(0), originalFirst.get(1), originalFirst.get(2),
          copyFirst.get(2), copyFirst.get(1), copyFirst.get(0),
          interleavedA.get(1), interleavedA.get(0), interleavedA.get(2))) {
        send(producer, release);
        producer.flush();
      }
      // All at once, copies first.
      send(producer, batch.get(2));
      send(producer, batch.get(1));
      send(producer, batch.get(0));
      producer.flush();
    }

    List<String> originals = List.of("jp-kh-original", "vn-au-original", "in-fr-original", "ke-gh-original");
    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(pipeline.tagged.values()).extracting(TaggedRelease::getId)
          .containsExactlyInAnyOrderElementsOf(originals);
      assertThat(pipeline.duplicates.values()).hasSize(8);
    });
    assertThat(pipeline.duplicates.values()).allSatisfy(copy -> assertThat(copy.getDuplicateOf())
        .isEqualTo(copy.getId().replaceAll("-(exact|near)$", "-original")));
    // Alerts are raised from every report at once and a copy's verdict then takes it out of the sources, so the
    // latest versions settle on the originals alone.
    await().atMost(PATIENCE).untilAsserted(() -> {
      assertThat(pipeline.latestAlerts()).hasSize(4);
      assertThat(pipeline.latestAlerts().values()).flatExtracting(Alert::getSources)
          .extracting(AlertSource::getReleaseId).containsExactlyInAnyOrderElementsOf(originals);
    });
    Map<String, Alert> alerts = pipeline.latestAlerts();

    Map<String, String> alertIdByPair = new TreeMap<>(alerts.values().stream()
        .collect(Collectors.toMap(alert -> String.join("-", alert.getPair()), Alert::getAlertId)));
    Object first = FIRST_RUN.putIfAbsent("alert ids by pair", alertIdByPair);
    if (first != null) {
      assertThat(alertIdByPair).as("the same alert ids as the first run").isEqualTo(first);
    }
  }

  /** An original, an exact copy a second later and a near copy (other boilerplate) two seconds later. */
  private static List<RawRelease> family(String name, String text, Instant original) {
    List<RawRelease> family = new ArrayList<>();
    family.add(release(name + "-original", SourceKind.MINISTRY, text, original));
    family.add(release(name + "-exact", SourceKind.AGENCY, text, original.plusSeconds(1)));
    family.add(release(name + "-near", SourceKind.NEWSPAPER, "Print | Share\n\n" + text.replace(" today", "")
        + "\n\nAll rights reserved.", original.plusSeconds(2)));
    return family;
  }

  private static RawRelease release(String id, SourceKind kind, String body, Instant received) {
    return RawRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource(kind.name().toLowerCase() + " desk", kind))
        .setUrl("https://example.org/" + id)
        .setTitle("Relations raised")
        .setBody(body)
        .setPublishedAt(received.minusSeconds(60))
        .setReceivedAt(received)
        .build();
  }

  private void send(KafkaProducer<String, RawRelease> producer, RawRelease release) {
    try {
      producer.send(new ProducerRecord<>(pipeline.topics.rawReleases().name(), null,
          release.getReceivedAt().toEpochMilli(), release.getId(), release)).get();
    } catch (Exception e) {
      throw new AssertionError("could not publish " + release.getId(), e);
    }
  }
}
