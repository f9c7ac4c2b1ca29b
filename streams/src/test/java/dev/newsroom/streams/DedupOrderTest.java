package dev.newsroom.streams;

import static dev.newsroom.streams.Releases.NOV_12_2022;
import static dev.newsroom.streams.Releases.release;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Deduplication verdicts do not depend on arrival order: the earliest release of a family (by record time, then
 * id) is the one on the tagged topic, whether it arrives first, last, interleaved with other families or in one
 * batch; a copy arriving after its verdict time (past the grace) is judged late.
 */
class DedupOrderTest {

  private static final Instant T = NOV_12_2022;
  private static final Duration GRACE = PipelineSettings.DEFAULT_DEDUP_GRACE;
  private static final String NEAR_TEXT = "News portal | Print | Share\n\n"
      + Releases.UPGRADE_TEXT.replace("to mark 70 years", "marking seventy years")
      + "\n\nAll rights reserved. Republished with permission.";
  private static final String OTHER_TEXT = "Hanoi, 3 March 2024. Viet Nam and Australia agreed to lift their ties "
      + "from a strategic partnership to a comprehensive strategic partnership during the prime minister's visit.";

  /** The alert id the first arrival order gave; every other order must give the same. */
  private static final java.util.concurrent.atomic.AtomicReference<String> FIRST_ALERT_ID =
      new java.util.concurrent.atomic.AtomicReference<>();

  private final Topics topics = Topics.defaults();
  private final PipelineSettings settings = PipelineSettings.defaults().withPartitions(1);
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, TaggedRelease> tagged;
  private TestOutputTopic<String, TaggedRelease> duplicates;
  private TestOutputTopic<String, Alert> alerts;

  @BeforeEach
  void start() {
    driver = new TopologyTestDriver(NewsroomTopology.build(topics, settings, NewsroomTopologyTest.props()),
        NewsroomTopologyTest.props());
    raw = driver.createInputTopic(topics.rawReleases().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    tagged = driver.createOutputTopic(topics.taggedReleases().name(), Serdes.String().deserializer(),
        topics.taggedReleases().valueSerde().deserializer());
    duplicates = driver.createOutputTopic(topics.duplicates().name(), Serdes.String().deserializer(),
        topics.duplicates().valueSerde().deserializer());
    alerts = driver.createOutputTopic(topics.alerts().name(), Serdes.String().deserializer(),
        topics.alerts().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  /** A family: the original at T, an exact copy 1 s later and a near copy 2 s later (all within the grace). */
  static List<RawRelease> family() {
    return List.of(
        at(release("ministry-1", SourceKind.MINISTRY, "Japan and Cambodia raise ties", Releases.UPGRADE_TEXT, T), T),
        at(release("agency-7", SourceKind.AGENCY, "Japan and Cambodia raise ties", Releases.UPGRADE_TEXT, T),
            T.plusSeconds(1)),
        at(release("portal-9", SourceKind.AGENCY, "Japan and Cambodia raise ties", NEAR_TEXT, T), T.plusSeconds(2)));
  }

  static Stream<List<Integer>> everyOrder() {
    return Stream.of(List.of(0, 1, 2), List.of(0, 2, 1), List.of(1, 0, 2), List.of(1, 2, 0), List.of(2, 0, 1),
        List.of(2, 1, 0));
  }

  @ParameterizedTest(name = "arrival order {0}")
  @MethodSource("everyOrder")
  void shouldKeepEarliestOfFamilyWhateverTheArrivalOrder(List<Integer> order) {
    List<RawRelease> family = family();
    order.forEach(i -> publish(family.get(i)));
    settle();

    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("ministry-1");
    Map<String, TaggedRelease> copies = byId(duplicates.readValuesToList());
    assertThat(copies).containsOnlyKeys("agency-7", "portal-9");
    assertThat(copies.values()).allSatisfy(copy -> {
      assertThat(copy.getVerdict()).isEqualTo(Verdict.DUPLICATE);
      assertThat(copy.getDuplicateOf()).isEqualTo("ministry-1");
    });
    assertThat(copies.get("agency-7").getSimilarity()).isEqualTo(1.0);
    assertThat(copies.get("portal-9").getSimilarity()).isBetween(0.4, 0.99);
    // Alerts are raised from reports before their verdict; a copy's verdict then corrects the sources, so the
    // alert's latest version (what the compacted alerts topic keeps) is the same in every order.
    List<Alert> raised = alerts.readValuesToList();
    assertThat(raised).extracting(Alert::getAlertId).containsOnly(raised.get(0).getAlertId());
    Alert latest = raised.get(raised.size() - 1);
    String first = FIRST_ALERT_ID.compareAndExchange(null, latest.getAlertId());
    if (first != null) {
      assertThat(latest.getAlertId()).as("the alert id of the first order run").isEqualTo(first);
    }
    assertThat(latest.getSources()).extracting(AlertSource::getReleaseId).containsExactly("ministry-1");
    assertThat(latest.getVersion()).isEqualTo(raised.size());
  }

  @Test
  void shouldGiveSameVerdictsWhenEachReleaseSettlesBeforeTheNext() {
    family().forEach(release -> {
      publish(release);
      driver.advanceWallClockTime(Duration.ofSeconds(1));
    });
    settle();

    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("ministry-1");
    assertThat(duplicates.readValuesToList()).extracting(TaggedRelease::getId)
        .containsExactlyInAnyOrder("agency-7", "portal-9");
  }

  @Test
  void shouldKeepEachFamilysEarliestWhenFamiliesInterleave() {
    List<RawRelease> first = family();
    List<RawRelease> second = List.of(
        at(release("mfa-vn", SourceKind.MINISTRY, "Viet Nam and Australia", OTHER_TEXT, T), T.plusMillis(500)),
        at(release("wire-vn", SourceKind.AGENCY, "Viet Nam and Australia", OTHER_TEXT, T), T.plusMillis(1500)));
    for (RawRelease release : List.of(second.get(1), first.get(2), first.get(0), second.get(0), first.get(1))) {
      publish(release);
    }
    settle();

    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId)
        .containsExactlyInAnyOrder("ministry-1", "mfa-vn");
    assertThat(byId(duplicates.readValuesToList())).hasSize(3)
        .hasEntrySatisfying("wire-vn", copy -> assertThat(copy.getDuplicateOf()).isEqualTo("mfa-vn"))
        .hasEntrySatisfying("agency-7", copy -> assertThat(copy.getDuplicateOf()).isEqualTo("ministry-1"))
        .hasEntrySatisfying("portal-9", copy -> assertThat(copy.getDuplicateOf()).isEqualTo("ministry-1"));
  }

  @Test
  void shouldBreakTieOfEqualTimesById() {
    RawRelease b = at(release("b-copy", SourceKind.AGENCY, "t", Releases.UPGRADE_TEXT, T), T);
    RawRelease a = at(release("a-copy", SourceKind.AGENCY, "t", Releases.UPGRADE_TEXT, T), T);
    publish(b);
    publish(a);
    settle();

    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("a-copy");
    assertThat(duplicates.readValue().getDuplicateOf()).isEqualTo("a-copy");
  }

  @Test
  void shouldHoldVerdictUntilWatermarkPassesTimePlusGrace() {
    publish(family().get(0));
    assertThat(tagged.isEmpty()).isTrue();

    RawRelease unrelated = at(release("sports-1", SourceKind.NEWSPAPER, "Marathon", Releases.SPORTS_TEXT, T),
        T.plus(GRACE).minusMillis(1));
    publish(unrelated);
    assertThat(tagged.isEmpty()).as("watermark one millisecond short of time plus grace").isTrue();

    publish(at(release("sports-2", SourceKind.NEWSPAPER, "Weather", "Rain and wind on Sunday along the coast, with "
        + "sunshine returning on Monday afternoon.", T), T.plus(GRACE)));
    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("ministry-1");
  }

  @Test
  void shouldFinishVerdictsOnlyWhenRawPartitionIdlesForTheTimeout() {
    publish(family().get(0));
    driver.advanceWallClockTime(settings.dedupIdleTimeout().minusSeconds(2));
    assertThat(tagged.isEmpty()).isTrue();

    driver.advanceWallClockTime(Duration.ofSeconds(3));
    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("ministry-1");
  }

  @Test
  void shouldJudgeOriginalArrivingPastGraceAsLateDuplicateOfKeptCopy() {
    RawRelease original = family().get(0);
    RawRelease copy = at(release("agency-7", SourceKind.AGENCY, "Japan and Cambodia raise ties",
        Releases.UPGRADE_TEXT, T), T.plusSeconds(60));
    publish(copy);
    settle();
    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("agency-7");

    publish(original);
    settle();

    assertThat(tagged.isEmpty()).as("never both on tagged").isTrue();
    TaggedRelease late = duplicates.readValue();
    assertThat(late.getId()).isEqualTo("ministry-1");
    assertThat(late.getDuplicateOf()).isEqualTo("agency-7");
  }

  @Test
  void shouldKeepLateReleaseWithNoCopyAsUnique() {
    publish(at(release("sports-1", SourceKind.NEWSPAPER, "Marathon", Releases.SPORTS_TEXT, T), T.plusSeconds(60)));
    settle();
    publish(family().get(0));
    settle();

    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("sports-1", "ministry-1");
    assertThat(duplicates.isEmpty()).isTrue();
  }

  private void publish(RawRelease release) {
    raw.pipeInput(release.getId(), Contracts.RAW_RELEASE.encode(release), release.getReceivedAt());
  }

  /** Lets the raw partition go idle, which makes every pending verdict final. */
  private void settle() {
    driver.advanceWallClockTime(settings.dedupIdleTimeout().plusSeconds(1));
  }

  private static RawRelease at(RawRelease release, Instant received) {
    return RawRelease.newBuilder(release).setReceivedAt(received).build();
  }

  private static Map<String, TaggedRelease> byId(List<TaggedRelease> releases) {
    Map<String, TaggedRelease> byId = new TreeMap<>();
    releases.forEach(release -> byId.put(release.getId(), release));
    assertThat(byId).as("each release once").hasSize(releases.size());
    return byId;
  }
}
