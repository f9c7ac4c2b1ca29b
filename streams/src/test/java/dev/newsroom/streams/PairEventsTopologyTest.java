package dev.newsroom.streams;

import static dev.newsroom.streams.Reports.CSP;
import static dev.newsroom.streams.Reports.SP;
import static dev.newsroom.streams.Reports.report;
import static dev.newsroom.streams.Reports.representation;
import static dev.newsroom.streams.Reports.upgrade;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RepresentationAction;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Event lifecycle and the two ladders of the ledger, through the whole topology: releases in raw form where the
 * analysis reads their phrasing, tagged releases straight onto the by-pair topic where a test needs a move the
 * reader does not produce yet (a representation change, an unsure reading).
 */
class PairEventsTopologyTest {

  private static final Instant MAR_2023 = Instant.parse("2023-03-10T09:00:00Z");
  private static final PipelineSettings SETTINGS = PipelineSettings.defaults().withPartitions(1);
  private final Topics topics = Topics.defaults();
  private TopologyTestDriver driver;
  private TestInputTopic<String, byte[]> raw;
  private TestInputTopic<String, TaggedRelease> byPair;
  private TestInputTopic<String, TaggedRelease> copiesByPair;
  private TestInputTopic<String, PairLevel> seeds;
  private TestOutputTopic<String, Alert> alerts;
  private TestOutputTopic<String, PairLevel> ledger;

  @TempDir
  Path stateDir;

  @BeforeEach
  void start() {
    // A state directory of its own: other test classes (and other builds on this machine) use the same app id.
    Properties props = NewsroomTopologyTest.props();
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    // The test driver has one partition per topic.
    driver = new TopologyTestDriver(NewsroomTopology.build(topics, SETTINGS, props), props);
    raw = driver.createInputTopic(topics.rawReleases().name(), Serdes.String().serializer(),
        Serdes.ByteArray().serializer());
    byPair = driver.createInputTopic("newsroom-test-" + NewsroomTopology.BY_PAIR + "-repartition",
        Serdes.String().serializer(), Contracts.TAGGED_RELEASE.serializer());
    copiesByPair = driver.createInputTopic("newsroom-test-" + NewsroomTopology.COPIES_BY_PAIR + "-repartition",
        Serdes.String().serializer(), Contracts.TAGGED_RELEASE.serializer());
    seeds = driver.createInputTopic(topics.ledgerSeeds().name(), Serdes.String().serializer(),
        topics.ledgerSeeds().valueSerde().serializer());
    alerts = driver.createOutputTopic(topics.alerts().name(), Serdes.String().deserializer(),
        topics.alerts().valueSerde().deserializer());
    ledger = driver.createOutputTopic(topics.ledger().name(), Serdes.String().deserializer(),
        topics.ledger().valueSerde().deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void publish(String id, SourceKind kind, String body, Instant published) {
    RawRelease release = Releases.release(id, kind, null, body, published);
    raw.pipeInput(id, Contracts.RAW_RELEASE.encode(release), release.getReceivedAt());
    // The raw partition goes idle, so the release's deduplication verdict is final and it reaches the events.
    driver.advanceWallClockTime(SETTINGS.dedupIdleTimeout().plusSeconds(1));
  }

  private void tagged(TaggedRelease report) {
    byPair.pipeInput(String.join("-", report.getMoves().get(0).getPair()), report, report.getPublishedAt());
  }

  /** The deduplication's later verdict that {@code report} is a copy of {@code original}. */
  private void copyOf(TaggedRelease report, String original) {
    TaggedRelease copy = TaggedRelease.newBuilder(report).setVerdict(dev.newsroom.avro.Verdict.DUPLICATE)
        .setDuplicateOf(original).setSimilarity(0.9).build();
    copiesByPair.pipeInput(String.join("-", copy.getMoves().get(0).getPair()), copy, copy.getPublishedAt());
  }

  @Test
  void shouldDropCopyFromAlertSourcesAndLedgerWhenItsVerdictFollowsItsReport() {
    TaggedRelease wire = report("wire", SourceKind.AGENCY, MAR_2023.plusSeconds(60), upgrade(CSP, Stage.AGREED));
    tagged(report("ministry", SourceKind.MINISTRY, MAR_2023, upgrade(CSP, Stage.AGREED)));
    tagged(wire);
    copyOf(wire, "ministry");

    List<Alert> versions = alerts.readValuesToList();
    assertThat(versions).extracting(Alert::getChange)
        .containsExactly(AlertChange.CREATED, AlertChange.SOURCE_ADDED, AlertChange.SOURCES_CORRECTED);
    assertThat(versions.get(2).getSources()).extracting(AlertSource::getReleaseId).containsExactly("ministry");
    assertThat(versions.get(2).getVersion()).isEqualTo(3);
    assertThat(lastLedger().getEstablishedBy()).containsExactly("ministry");
  }

  @Test
  void shouldNotTakeReportForSourceWhenItsCopyVerdictCameFirst() {
    TaggedRelease wire = report("wire", SourceKind.AGENCY, MAR_2023.plusSeconds(60), upgrade(CSP, Stage.AGREED));
    tagged(report("ministry", SourceKind.MINISTRY, MAR_2023, upgrade(CSP, Stage.AGREED)));
    copyOf(wire, "ministry");
    tagged(wire);

    List<Alert> versions = alerts.readValuesToList();
    assertThat(versions).hasSize(1);
    assertThat(versions.get(0).getSources()).extracting(AlertSource::getReleaseId).containsExactly("ministry");
    assertThat(lastLedger().getEstablishedBy()).containsExactly("ministry");
  }

  @Test
  void shouldKeepCopyWhenItIsTheOnlyReportOfTheEventAndReadConfirmedAgainWhenOfficialCopyGoes() {
    TaggedRelease embassy = report("embassy", SourceKind.EMBASSY, MAR_2023.plusSeconds(60), upgrade(CSP, Stage.AGREED));
    tagged(report("paper", SourceKind.NEWSPAPER, MAR_2023, upgrade(CSP, Stage.AGREED)));
    tagged(embassy);
    copyOf(embassy, "paper");
    TaggedRelease lone = report("lone-copy", SourceKind.AGENCY, MAR_2023,
        DetectedMove.newBuilder(upgrade(CSP, Stage.AGREED)).setPair(List.of("FR", "IN")).build());
    tagged(lone);
    copyOf(lone, "an-original-that-reported-nothing");

    List<Alert> versions = alerts.readValuesToList();
    Alert corrected = versions.get(2);
    assertThat(corrected.getChange()).isEqualTo(AlertChange.SOURCES_CORRECTED);
    assertThat(versions.get(1).getConfirmed()).as("the embassy's copy confirmed it").isTrue();
    assertThat(corrected.getConfirmed()).as("once it goes, only a newspaper reports it").isFalse();
    assertThat(versions).hasSize(4).last().satisfies(alert -> {
      assertThat(alert.getPair()).containsExactly("FR", "IN");
      assertThat(alert.getSources()).extracting(AlertSource::getReleaseId).containsExactly("lone-copy");
    });
  }

  private void seed(String level) {
    seeds.pipeInput("JP-KH", new PairLevel(Reports.JP_KH, level, Instant.parse("2013-12-14T00:00:00Z"), List.of(),
        "seed", Instant.parse("2026-01-01T00:00:00Z"), null));
  }

  private PairLevel lastLedger() {
    List<PairLevel> entries = ledger.readValuesToList();
    return entries.get(entries.size() - 1);
  }

  @Test
  void shouldGiveOneAlertWhoseLaterVersionIsTheFormalEstablishmentMonthsLater() {
    publish("agreed", SourceKind.MINISTRY, "Tokyo, 3 February 2025. Japan and the Philippines agreed to upgrade "
        + "their relations to a strategic partnership, the two leaders said after their talks.",
        Instant.parse("2025-02-03T08:00:00Z"));
    publish("established", SourceKind.NEWSPAPER, "Manila, 9 September 2025. Japan and the Philippines formally "
        + "established their strategic partnership on Tuesday with the signing of a joint statement by the two "
        + "foreign ministers.", Instant.parse("2025-09-09T08:00:00Z"));

    List<Alert> versions = alerts.readValuesToList();
    assertThat(versions).extracting(Alert::getAlertId).containsOnly(versions.get(0).getAlertId());
    assertThat(versions).extracting(Alert::getStage).containsExactly(Stage.AGREED, Stage.ESTABLISHED);
    assertThat(versions.get(1).getChange()).isEqualTo(AlertChange.STAGE_ADVANCED);
    assertThat(versions.get(1).getVersion()).isEqualTo(2);
    List<PairLevel> entries = ledger.readValuesToList();
    assertThat(entries).extracting(PairLevel::getSince).as("the ledger moved once, at the decision")
        .containsOnly(Instant.parse("2025-02-03T08:00:00Z"));
    assertThat(entries.get(entries.size() - 1).getEstablishedBy()).containsExactly("agreed", "established");
  }

  @Test
  void shouldAlertRealUpgradeMonthsAfterHedgedProposalOnceAndMoveLedgerOnlyThen() {
    publish("hedged", SourceKind.NEWSPAPER, "Hanoi, 10 March 2023. Viet Nam and Indonesia will study a proposal "
        + "to upgrade their relations to a comprehensive strategic partnership, the two foreign ministers said.",
        MAR_2023);
    assertThat(ledger.isEmpty()).as("a proposal does not move the ledger").isTrue();
    publish("real", SourceKind.MINISTRY, "Jakarta, 12 June 2024. Indonesia and Viet Nam agreed on Wednesday to "
        + "elevate their relations from a strategic partnership to a comprehensive strategic partnership, the two "
        + "presidents said after talks in Jakarta.", Instant.parse("2024-06-12T08:00:00Z"));

    List<Alert> versions = alerts.readValuesToList();
    assertThat(versions).extracting(Alert::getAlertId).containsOnly(versions.get(0).getAlertId());
    Alert latest = versions.get(versions.size() - 1);
    assertThat(latest.getStage()).isEqualTo(Stage.AGREED);
    assertThat(latest.getEvidence()).contains("agreed on Wednesday to elevate");
    assertThat(latest.getSources()).extracting(AlertSource::getReleaseId).endsWith("real");
    PairLevel level = lastLedger();
    assertThat(level.getLevel()).isEqualTo(CSP);
    assertThat(level.getEstablishedBy()).containsExactly("real");
  }

  @Test
  void shouldNotLetUnsureReadingStopRealUpgradeFromAlerting() {
    DetectedMove unsure = DetectedMove.newBuilder(upgrade(CSP, Stage.AGREED)).setConfidence(0.3).build();
    tagged(report("study", SourceKind.NEWSPAPER, MAR_2023, unsure));
    tagged(report("real", SourceKind.MINISTRY, MAR_2023.plus(Duration.ofDays(450)), upgrade(CSP, Stage.AGREED)));

    List<Alert> versions = alerts.readValuesToList();
    assertThat(versions).extracting(Alert::getAlertId).containsOnly(versions.get(0).getAlertId());
    assertThat(versions).extracting(Alert::getStage).containsExactly(Stage.PROPOSED, Stage.AGREED);
    assertThat(versions.get(1).getChange()).isEqualTo(AlertChange.STAGE_ADVANCED);
    assertThat(lastLedger().getEstablishedBy()).containsExactly("real");
  }

  @Test
  void shouldRaiseNothingForSameStageRestatedMonthsLaterButCountItBehindTheLevel() {
    tagged(report("agreed", SourceKind.MINISTRY, MAR_2023, upgrade(CSP, Stage.AGREED)));
    tagged(report("anniversary", SourceKind.NEWSPAPER, MAR_2023.plus(Duration.ofDays(365)), upgrade(CSP, Stage.AGREED)));

    assertThat(alerts.readValuesToList()).hasSize(1);
    assertThat(lastLedger().getEstablishedBy()).containsExactly("agreed", "anniversary");
  }

  @Test
  void shouldOpenNextEpisodeWhenSameMoveRecursAfterLedgerMovedAway() {
    tagged(report("up-1", SourceKind.MINISTRY, MAR_2023, upgrade(CSP, Stage.AGREED)));
    tagged(report("down", SourceKind.MINISTRY, MAR_2023.plus(Duration.ofDays(100)),
        Reports.partnership(Direction.DOWNGRADE, CSP, SP, Stage.ANNOUNCED)));
    tagged(report("up-2", SourceKind.MINISTRY, MAR_2023.plus(Duration.ofDays(200)), upgrade(CSP, Stage.AGREED)));

    List<Alert> raised = alerts.readValuesToList();
    assertThat(raised).extracting(Alert::getDirection)
        .containsExactly(Direction.UPGRADE, Direction.DOWNGRADE, Direction.UPGRADE);
    assertThat(raised).extracting(Alert::getAlertId).doesNotHaveDuplicates();
    assertThat(raised.get(2).getAlertId()).isEqualTo(PairEvents.alertId(upgrade(CSP, Stage.AGREED), 2));
    assertThat(raised.get(2).getFromLevel()).isEqualTo(SP);
    assertThat(lastLedger().getLevel()).isEqualTo(CSP);
  }

  @Test
  void shouldAlertRepresentationChangeAndKeepItInLedgerBesidePartnershipLevel() {
    seed(CSP);
    DetectedMove recall = representation(RepresentationAction.AMBASSADOR_RECALLED, null, "charge d'affaires");
    tagged(report("recall", SourceKind.MINISTRY, MAR_2023, recall));

    Alert alert = alerts.readValue();
    assertThat(alert.getAlertId()).startsWith("rep-");
    assertThat(alert.getKind()).isEqualTo(MoveKind.REPRESENTATION);
    assertThat(alert.getAction()).isEqualTo(RepresentationAction.AMBASSADOR_RECALLED);
    assertThat(alert.getDirection()).isEqualTo(Direction.DOWNGRADE);
    assertThat(alert.getToLevel()).isEqualTo("charge d'affaires");
    PairLevel level = lastLedger();
    assertThat(level.getLevel()).isEqualTo(CSP);
    assertThat(level.getOrigin()).isEqualTo("seed");
    assertThat(level.getRepresentation().getLevel()).isEqualTo("charge d'affaires");
    assertThat(level.getRepresentation().getAction()).isEqualTo(RepresentationAction.AMBASSADOR_RECALLED);

    tagged(report("recall-again", SourceKind.AGENCY, MAR_2023.plus(Duration.ofDays(90)), recall));
    assertThat(alerts.isEmpty()).as("restating the current representation raises nothing").isTrue();

    DetectedMove back = representation(RepresentationAction.AMBASSADOR_RETURNED, null, "ambassador");
    tagged(report("back", SourceKind.MINISTRY, MAR_2023.plus(Duration.ofDays(120)), back));
    Alert returned = alerts.readValue();
    assertThat(returned.getDirection()).isEqualTo(Direction.UPGRADE);
    assertThat(returned.getFromLevel()).as("from the ledger").isEqualTo("charge d'affaires");
    assertThat(lastLedger().getRepresentation().getLevel()).isEqualTo("ambassador");
  }

  @Test
  void shouldCarryRepresentationChangesReadFromReleasesToAlertsAndLedger() {
    publish("recall", SourceKind.MINISTRY, "Ankara, 2 May 2024. Turkey recalled its ambassador to Israel for "
        + "consultations on Thursday, the foreign ministry said.", Instant.parse("2024-05-02T09:00:00Z"));
    publish("restore", SourceKind.MINISTRY, "Ankara, 14 November 2024. Turkey's ambassador returned to Tel Aviv "
        + "on Thursday, the foreign ministry said, and Turkey and Israel restored full diplomatic relations.",
        Instant.parse("2024-11-14T09:00:00Z"));

    List<Alert> raised = alerts.readValuesToList();
    assertThat(raised).extracting(Alert::getKind).containsOnly(MoveKind.REPRESENTATION);
    assertThat(raised).extracting(Alert::getDirection).containsExactly(Direction.DOWNGRADE, Direction.UPGRADE);
    assertThat(raised).extracting(Alert::getToLevel).containsExactly("charge d'affaires", "ambassador");
    assertThat(raised.get(0).getAction()).isEqualTo(RepresentationAction.AMBASSADOR_RECALLED);
    assertThat(raised.get(0).getPair()).containsExactly("IL", "TR");
    assertThat(raised.get(0).getAlertId()).startsWith("rep-").isNotEqualTo(raised.get(1).getAlertId());
    PairLevel level = lastLedger();
    assertThat(level.getLevel()).isNull();
    assertThat(level.getRepresentation().getLevel()).isEqualTo("ambassador");
    assertThat(level.getRepresentation().getEstablishedBy()).containsExactly("restore");
  }

  @Test
  void shouldKeepRepresentationFromReleasesWhenSeedArrivesLater() {
    DetectedMove severed = representation(RepresentationAction.SEVERED, "ambassador", "no diplomatic relations");
    tagged(report("severed", SourceKind.GOVERNMENT, MAR_2023, severed));
    assertThat(lastLedger().getLevel()).isNull();

    seed(SP);

    PairLevel level = lastLedger();
    assertThat(level.getLevel()).isEqualTo(SP);
    assertThat(level.getRepresentation().getLevel()).isEqualTo("no diplomatic relations");
  }

  @Test
  void shouldHandleOnlyTheMovesOfThePairItIsKeyedBy() {
    DetectedMove otherPair = DetectedMove.newBuilder(upgrade(SP, Stage.AGREED)).setPair(List.of("FR", "IN")).build();
    TaggedRelease both = report("two-pairs", SourceKind.AGENCY, MAR_2023, upgrade(CSP, Stage.AGREED), otherPair);
    byPair.pipeInput("JP-KH", both, MAR_2023);

    assertThat(alerts.readValuesToList()).singleElement()
        .satisfies(alert -> assertThat(alert.getPair()).isEqualTo(Reports.JP_KH));
    byPair.pipeInput("FR-IN", both, MAR_2023);
    assertThat(alerts.readValuesToList()).singleElement()
        .satisfies(alert -> assertThat(alert.getPair()).containsExactly("FR", "IN"));
  }

  @Test
  void shouldGiveSameAlertIdsStagesAndLedgerWhateverOrderReportsArrive() {
    Instant t = MAR_2023;
    List<TaggedRelease> reports = List.of(
        report("p1", SourceKind.NEWSPAPER, t, upgrade(CSP, Stage.PROPOSED)),
        report("a1", SourceKind.MINISTRY, t.plus(Duration.ofDays(200)), upgrade(CSP, Stage.AGREED)),
        report("a2", SourceKind.AGENCY, t.plus(Duration.ofDays(201)), upgrade(CSP, Stage.AGREED)),
        report("e1", SourceKind.GOVERNMENT, t.plus(Duration.ofDays(320)), upgrade(CSP, Stage.ESTABLISHED)),
        report("r1", SourceKind.MINISTRY, t.plus(Duration.ofDays(330)),
            representation(RepresentationAction.UPGRADED_TO_AMBASSADOR, "charge d'affaires", "ambassador")),
        report("r2", SourceKind.NEWSPAPER, t.plus(Duration.ofDays(331)),
            representation(RepresentationAction.UPGRADED_TO_AMBASSADOR, null, "ambassador")));
    Map<String, String> inOrder = run(reports);
    assertThat(inOrder).hasSize(3);
    assertThat(inOrder.values()).contains("ESTABLISHED 4 sources", "ANNOUNCED 2 sources");
    assertThat(inOrder.get("ledger")).startsWith(CSP + " since " + t.plus(Duration.ofDays(200)));

    Random random = new Random(42);
    for (int round = 0; round < 5; round++) {
      List<TaggedRelease> shuffled = new ArrayList<>(reports);
      Collections.shuffle(shuffled, random);
      assertThat(run(shuffled)).as("order %s", shuffled.stream().map(TaggedRelease::getId).toList())
          .isEqualTo(inOrder);
    }
  }

  /**
   * The furthest stage and source count of each alert id, and the ledger's standing, when these reports go
   * through a fresh topology.
   */
  private Map<String, String> run(List<TaggedRelease> reports) {
    stop();
    start();
    reports.forEach(this::tagged);
    Map<String, Alert> latest = new LinkedHashMap<>();
    alerts.readValuesToList().forEach(alert -> latest.put(alert.getAlertId(), alert));
    Map<String, String> outcome = new TreeMap<>();
    latest.forEach((id, alert) -> outcome.put(id, alert.getStage() + " " + alert.getSources().size() + " sources"));
    PairLevel level = lastLedger();
    outcome.put("ledger", level.getLevel() + " since " + level.getSince() + " by "
        + new TreeSet<>(level.getEstablishedBy()) + "; " + level.getRepresentation().getLevel() + " since "
        + level.getRepresentation().getSince() + " by " + new TreeSet<>(level.getRepresentation().getEstablishedBy()));
    return outcome;
  }
}
