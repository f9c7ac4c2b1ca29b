package dev.newsroom.streams;

import static dev.newsroom.streams.Releases.NOV_12_2022;
import static dev.newsroom.streams.Releases.release;
import static dev.newsroom.streams.Releases.upgradeReport;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.Stage;
import dev.newsroom.avro.Verdict;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsroomTopologyTest {

  private final Topics topics = Topics.defaults();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestOutputTopic<String, TaggedRelease> tagged;
  private TestOutputTopic<String, TaggedRelease> duplicates;
  private TestOutputTopic<String, RejectedRecord> rejected;
  private TestOutputTopic<String, Alert> alerts;
  private TestOutputTopic<String, PairLevel> ledger;
  private TestInputTopic<String, PairLevel> ledgerSeeds;
  private PipelineSettings settings;

  static Properties props() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "newsroom-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    // A directory of its own: test runs of other checkouts on this machine use the same application id.
    try {
      props.put(StreamsConfig.STATE_DIR_CONFIG, java.nio.file.Files.createTempDirectory("newsroom-ttd").toString());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return props;
  }

  @BeforeEach
  void start() {
    startWith(PipelineSettings.defaults());
  }

  private void startWith(PipelineSettings pipeline) {
    if (driver != null) {
      driver.close();
    }
    // The test driver has one partition per topic.
    settings = pipeline.withPartitions(1);
    driver = new TopologyTestDriver(NewsroomTopology.build(topics, settings, props()), props());
    raw = driver.createInputTopic(topics.rawReleases().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    tagged = output(topics.taggedReleases().name(), topics.taggedReleases().valueSerde().deserializer());
    duplicates = output(topics.duplicates().name(), topics.duplicates().valueSerde().deserializer());
    rejected = output(topics.rejected().name(), topics.rejected().valueSerde().deserializer());
    alerts = output(topics.alerts().name(), topics.alerts().valueSerde().deserializer());
    ledger = output(topics.ledger().name(), topics.ledger().valueSerde().deserializer());
    ledgerSeeds = driver.createInputTopic(topics.ledgerSeeds().name(), Serdes.String().serializer(),
        topics.ledgerSeeds().valueSerde().serializer());
  }

  private <V> TestOutputTopic<String, V> output(String name,
      org.apache.kafka.common.serialization.Deserializer<V> values) {
    return driver.createOutputTopic(name, Serdes.String().deserializer(), values);
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  /** Publishes and lets the release's verdict become final (the raw partition goes idle): one at a time. */
  private void publish(RawRelease release) {
    raw.pipeInput(release.getId(), Contracts.RAW_RELEASE.encode(release), release.getReceivedAt());
    driver.advanceWallClockTime(settings.dedupIdleTimeout().plusSeconds(1));
  }

  @Test
  void shouldTagReleaseWithPrimaryPairAndUpgrade() {
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));

    TaggedRelease release = tagged.readValue();
    assertThat(release.getId()).isEqualTo("ministry-1");
    assertThat(release.getVerdict()).isEqualTo(Verdict.UNIQUE);
    assertThat(release.getPrimaryPair()).containsExactly("JP", "KH");
    assertThat(release.getCountries()).contains("JP", "KH");
    assertThat(release.getUpgrade().getToLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(release.getFingerprint()).hasSize(64);
    assertThat(duplicates.isEmpty()).isTrue();
    assertThat(rejected.isEmpty()).isTrue();
  }

  @Test
  void shouldRaiseAlertForFirstReportOfUpgrade() {
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));

    List<Alert> raised = alerts.readValuesToList();
    assertThat(raised).hasSize(1);
    Alert alert = raised.get(0);
    assertThat(alert.getPair()).containsExactly("JP", "KH");
    assertThat(alert.getToLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(alert.getFromLevel()).isEqualTo("strategic partnership");
    assertThat(alert.getStage()).isEqualTo(Stage.AGREED);
    assertThat(alert.getVersion()).isEqualTo(1);
    assertThat(alert.getChange()).isEqualTo(AlertChange.CREATED);
    assertThat(alert.getSources()).extracting(AlertSource::getReleaseId).containsExactly("ministry-1");
  }

  @Test
  void shouldDropExactDuplicateOfEarlierRelease() {
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));
    RawRelease copy = RawRelease.newBuilder(upgradeReport("agency-7", SourceKind.AGENCY, NOV_12_2022))
        // The same words with other quotes and spacing: normalisation makes them one fingerprint.
        .setBody("  " + Releases.UPGRADE_TEXT.replace("comprehensive strategic partnership",
            "\u201Ccomprehensive   strategic partnership\u201D") + "\n")
        .build();
    publish(copy);

    assertThat(tagged.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("ministry-1");
    TaggedRelease duplicate = duplicates.readValue();
    assertThat(duplicate.getId()).isEqualTo("agency-7");
    assertThat(duplicate.getVerdict()).isEqualTo(Verdict.DUPLICATE);
    assertThat(duplicate.getDuplicateOf()).isEqualTo("ministry-1");
    assertThat(duplicate.getSimilarity()).isEqualTo(1.0);
    assertCopyDroppedFromAlert("agency-7");
  }

  /**
   * The copy was a report (the alert does not wait for verdicts) and its verdict corrected the sources: one
   * alert, whose versions are created, source added, sources corrected, ending with the original alone.
   */
  private void assertCopyDroppedFromAlert(String copyId) {
    List<Alert> versions = alerts.readValuesToList();
    assertThat(versions).extracting(Alert::getAlertId).containsOnly(versions.get(0).getAlertId());
    assertThat(versions).extracting(Alert::getChange)
        .containsExactly(AlertChange.CREATED, AlertChange.SOURCE_ADDED, AlertChange.SOURCES_CORRECTED);
    assertThat(versions.get(1).getSources()).extracting(AlertSource::getReleaseId)
        .containsExactlyInAnyOrder("ministry-1", copyId);
    Alert latest = versions.get(2);
    assertThat(latest.getSources()).extracting(AlertSource::getReleaseId).containsExactly("ministry-1");
    assertThat(latest.getConfirmed()).isTrue();
    List<PairLevel> entries = ledger.readValuesToList();
    assertThat(entries.get(entries.size() - 1).getEstablishedBy()).containsExactly("ministry-1");
  }

  @Test
  void shouldMarkNearDuplicateWithItsOriginalAndSimilarity() {
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));
    publish(release("portal-9", SourceKind.AGENCY, "Japan and Cambodia raise ties",
        "News portal | Print | Share\n\n" + Releases.UPGRADE_TEXT.replace("to mark 70 years", "marking seventy years")
            + "\n\nAll rights reserved. Republished with permission.", NOV_12_2022.plusSeconds(600)));

    TaggedRelease duplicate = duplicates.readValue();
    assertThat(duplicate.getId()).isEqualTo("portal-9");
    assertThat(duplicate.getVerdict()).isEqualTo(Verdict.DUPLICATE);
    assertThat(duplicate.getDuplicateOf()).isEqualTo("ministry-1");
    assertThat(duplicate.getSimilarity()).isBetween(0.4, 0.99);
    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("ministry-1");
    assertCopyDroppedFromAlert("portal-9");
  }

  @Test
  void shouldForgetNearDuplicateSignaturesOlderThanRetention() {
    startWith(new PipelineSettings(Duration.ofDays(1), Duration.ofDays(30)));
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));
    publish(release("late-copy", SourceKind.AGENCY, "Japan and Cambodia raise ties",
        "Archive | " + Releases.UPGRADE_TEXT, NOV_12_2022.plus(Duration.ofDays(5))));

    assertThat(duplicates.isEmpty()).isTrue();
    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("ministry-1", "late-copy");
  }

  @Test
  void shouldTreatRepublishedReleaseAsDuplicateWithoutNewAlert() {
    RawRelease release = upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022);
    publish(release);
    alerts.readValuesToList();
    publish(release);

    assertThat(duplicates.readValue().getDuplicateOf()).isEqualTo("ministry-1");
    assertThat(alerts.isEmpty()).isTrue();
  }

  @Test
  void shouldUpdateOneAlertWhenSecondOutletReportsSameUpgrade() {
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));
    publish(release("paper-1", SourceKind.NEWSPAPER, "Cambodia and Japan lift relations",
        "Cambodia and Japan have agreed to upgrade their bilateral relationship to a comprehensive strategic "
            + "partnership, the two prime ministers said after meeting in Phnom Penh.",
        NOV_12_2022.plus(Duration.ofDays(3))));

    List<Alert> versions = alerts.readValuesToList();
    assertThat(versions).hasSize(2);
    assertThat(versions).extracting(Alert::getAlertId).containsOnly(versions.get(0).getAlertId());
    Alert latest = versions.get(1);
    assertThat(latest.getVersion()).isEqualTo(2);
    assertThat(latest.getChange()).isEqualTo(AlertChange.SOURCE_ADDED);
    assertThat(latest.getFromLevel()).isEqualTo("strategic partnership");
    assertThat(latest.getSources()).extracting(AlertSource::getReleaseId).containsExactly("ministry-1", "paper-1");
    assertThat(tagged.readValuesToList()).hasSize(2);
  }

  @Test
  void shouldTreatSameUpgradeReportedAfterWindowAsRestatementOfLedgerLevel() {
    startWith(new PipelineSettings(Duration.ofDays(30), Duration.ofDays(7)));
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));
    publish(release("paper-2023", SourceKind.NEWSPAPER, "A year on",
        "Japan and Cambodia agreed to elevate their relations to a comprehensive strategic partnership, "
            + "ministers said in Tokyo.", NOV_12_2022.plus(Duration.ofDays(400))));

    // Outside the window it is not the same event, and the ledger already holds the level: nothing new.
    assertThat(alerts.readValuesToList()).hasSize(1);
    List<PairLevel> entries = ledger.readValuesToList();
    assertThat(entries.get(entries.size() - 1).getEstablishedBy()).containsExactly("ministry-1", "paper-2023");
  }

  @Test
  void shouldRejectGarbageBytesWithReasonAndKeepGoing() {
    byte[] garbage = "this is not avro".getBytes(StandardCharsets.UTF_8);
    raw.pipeInput("junk", garbage);
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));

    RejectedRecord rejection = rejected.readValue();
    assertThat(rejection.getStep()).isEqualTo("decode");
    assertThat(rejection.getReason()).contains("not a RawRelease");
    assertThat(rejection.getTopic()).isEqualTo(topics.rawReleases().name());
    assertThat(rejection.getOffset()).isZero();
    assertThat(bytes(rejection.getOriginalValue())).isEqualTo(garbage);
    assertThat(tagged.readValue().getId()).isEqualTo("ministry-1");
  }

  @Test
  void shouldRejectReleaseWithEmptyBody() {
    publish(release("empty-1", SourceKind.AGENCY, "Nothing here", "   ", NOV_12_2022));

    RejectedRecord rejection = rejected.readValue();
    assertThat(rejection.getStep()).isEqualTo("validate");
    assertThat(rejection.getReason()).isEqualTo("release empty-1 has an empty body");
    assertThat(tagged.isEmpty()).isTrue();
  }

  @Test
  void shouldRejectTombstoneOnRawTopic() {
    raw.pipeInput("deleted-1", (byte[]) null);

    assertThat(rejected.readValue().getReason()).contains("tombstone");
  }

  @Test
  void shouldRejectReleaseWhoseKeyDiffersFromItsId() {
    RawRelease release = upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022);
    raw.pipeInput("other-key", Contracts.RAW_RELEASE.encode(release));

    assertThat(rejected.readValue().getReason()).contains("differs from release id");
  }

  @Test
  void shouldGiveNoPairAndNoAlertToReleaseWithoutDiplomaticContent() {
    publish(release("sports-1", SourceKind.NEWSPAPER, "Marathon record", Releases.SPORTS_TEXT, NOV_12_2022));

    TaggedRelease release = tagged.readValue();
    assertThat(release.getPrimaryPair()).isNull();
    assertThat(release.getUpgrade()).isNull();
    assertThat(alerts.isEmpty()).isTrue();
  }

  @Test
  void shouldForgetFingerprintsOlderThanRetention() {
    startWith(new PipelineSettings(Duration.ofDays(1), Duration.ofDays(30)));
    RawRelease first = release("sports-1", SourceKind.NEWSPAPER, "Marathon", Releases.SPORTS_TEXT, NOV_12_2022);
    publish(first);
    Instant later = NOV_12_2022.plus(Duration.ofDays(5));
    publish(RawRelease.newBuilder(first).setId("sports-2").setReceivedAt(later).build());

    assertThat(tagged.readValuesToList()).extracting(TaggedRelease::getId).containsExactly("sports-1", "sports-2");
    assertThat(duplicates.isEmpty()).isTrue();
  }

  private void seedLedger(String level) {
    ledgerSeeds.pipeInput("JP-KH", new PairLevel(List.of("JP", "KH"), level, Instant.parse("2013-12-14T00:00:00Z"),
        List.of(), "seed", Instant.parse("2026-01-01T00:00:00Z"), null));
  }

  @Test
  void shouldRecordUpgradeInLedgerWithTheReleasesThatEstablishedIt() {
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));
    publish(release("paper-1", SourceKind.NEWSPAPER, "Cambodia and Japan lift relations",
        "Cambodia and Japan have agreed to upgrade their bilateral relationship to a comprehensive strategic "
            + "partnership, the two prime ministers said.", NOV_12_2022.plus(Duration.ofDays(1))));

    List<PairLevel> entries = ledger.readValuesToList();
    PairLevel latest = entries.get(entries.size() - 1);
    assertThat(latest.getPair()).containsExactly("JP", "KH");
    assertThat(latest.getLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(latest.getSince()).isEqualTo(NOV_12_2022);
    assertThat(latest.getEstablishedBy()).containsExactly("ministry-1", "paper-1");
    assertThat(driver.<String, PairLevel>getKeyValueStore(NewsroomTopology.LEDGER_STORE).get("JP-KH").getLevel())
        .isEqualTo("comprehensive strategic partnership");
  }

  @Test
  void shouldRaiseNothingWhenReleaseRestatesCurrentLevel() {
    seedLedger("comprehensive strategic partnership");
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022));

    assertThat(alerts.isEmpty()).isTrue();
    assertThat(tagged.readValue().getUpgrade()).isNotNull();
  }

  @Test
  void shouldTakeFromLevelFromSeededLedger() {
    seedLedger("strategic partnership");
    publish(release("paper-1", SourceKind.NEWSPAPER, "Cambodia and Japan lift relations",
        "Cambodia and Japan have agreed to upgrade their bilateral relationship to a comprehensive strategic "
            + "partnership, the two prime ministers said.", NOV_12_2022));

    Alert alert = alerts.readValue();
    assertThat(alert.getFromLevel()).isEqualTo("strategic partnership");
    assertThat(alert.getConfirmed()).isFalse();
  }

  @Test
  void shouldConfirmAlertWhenOfficialReleaseFollowsNewspaperWithoutSecondAlert() {
    publish(release("paper-1", SourceKind.NEWSPAPER, "Cambodia and Japan lift relations",
        "Cambodia and Japan have agreed to upgrade their bilateral relationship to a comprehensive strategic "
            + "partnership, the two prime ministers said.", NOV_12_2022));
    publish(upgradeReport("ministry-1", SourceKind.MINISTRY, NOV_12_2022.plusSeconds(3600)));

    List<Alert> versions = alerts.readValuesToList();
    assertThat(versions).extracting(Alert::getAlertId).containsOnly(versions.get(0).getAlertId());
    assertThat(versions).extracting(Alert::getChange).containsExactly(AlertChange.CREATED, AlertChange.CONFIRMED);
    assertThat(versions.get(1).getConfirmed()).isTrue();
  }

  @Test
  void shouldReportDowngradeAsDowngradeAndMoveLedgerDown() {
    seedLedger("comprehensive strategic partnership");
    publish(release("mfa-down", SourceKind.MINISTRY, "Relations lowered",
        "Tokyo, 3 May 2024. Japan and Cambodia downgraded their relations from a comprehensive strategic "
            + "partnership to a strategic partnership, both governments announced on Friday.", NOV_12_2022));

    Alert alert = alerts.readValue();
    assertThat(alert.getDirection()).isEqualTo(Direction.DOWNGRADE);
    assertThat(alert.getFromLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(alert.getToLevel()).isEqualTo("strategic partnership");
    List<PairLevel> entries = ledger.readValuesToList();
    assertThat(entries.get(entries.size() - 1).getLevel()).isEqualTo("strategic partnership");
  }

  private static byte[] bytes(java.nio.ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }
}
