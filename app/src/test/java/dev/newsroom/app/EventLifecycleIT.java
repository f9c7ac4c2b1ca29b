package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One real event is one alert through its stages, months apart, on a real broker: a hedge never stands in for
 * the decision, and a formal establishment is a new version of the agreement's alert; a change of diplomatic
 * representation is an alert of its own kind and sits in the ledger. Texts written for this test.
 */
@ExtendWith(PipelineExtension.class)
class EventLifecycleIT {

  private static final Duration PATIENCE = Duration.ofSeconds(60);
  /** How long the outputs must stay as asserted: no second alert arrives late. */
  private static final Duration STEADY = Duration.ofSeconds(3);

  /** Set by {@link PipelineExtension} before each test. */
  private Pipeline pipeline;

  private static RawRelease release(String id, SourceKind kind, String title, String body, String published) {
    return RawRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource(kind.name().toLowerCase() + " desk", kind))
        .setTitle(title)
        .setBody(body)
        .setPublishedAt(Instant.parse(published))
        .setReceivedAt(Instant.now())
        .build();
  }

  @Test
  void shouldGiveExactlyOneAlertForRealUpgradeMonthsAfterHedgedStudy() {
    pipeline.publish(release("id-vn-study", SourceKind.NEWSPAPER, "Ministers to look at closer ties",
        "Hanoi, 10 March 2023. The foreign ministers of Viet Nam and Indonesia agreed to study the "
            + "possibility of upgrading relations to a comprehensive strategic partnership, officials said after the talks, which "
            + "also covered fisheries and the maritime boundary.", "2023-03-10T09:00:00Z"));
    await().atMost(PATIENCE).until(() -> pipeline.tagged.values().size() == 1);

    pipeline.publish(release("id-vn-upgrade", SourceKind.MINISTRY, "Indonesia and Viet Nam raise ties",
        "Jakarta, 12 June 2024. Indonesia and Viet Nam agreed on Wednesday to elevate their relations from a "
            + "strategic partnership to a comprehensive strategic partnership, the two presidents said after talks "
            + "in Jakarta on trade, nickel processing and electric vehicles.", "2024-06-12T08:00:00Z"));

    await().atMost(PATIENCE).during(STEADY).untilAsserted(() -> {
      Map<String, Alert> latest = pipeline.latestAlerts();
      assertThat(latest).as("one alert for the one real event").hasSize(1);
      Alert alert = latest.values().iterator().next();
      assertThat(alert.getPair()).containsExactly("ID", "VN");
      assertThat(alert.getToLevel()).isEqualTo("comprehensive strategic partnership");
      assertThat(alert.getStage()).isEqualTo(Stage.AGREED);
      assertThat(alert.getEvidence()).contains("agreed on Wednesday to elevate");
      assertThat(alert.getSources()).extracting(AlertSource::getReleaseId).contains("id-vn-upgrade");
      assertThat(alert.getConfirmed()).isTrue();
    });
    await().atMost(PATIENCE).untilAsserted(() -> {
      List<PairLevel> ledger = pipeline.ledger.values();
      assertThat(ledger).as("the study never moved the ledger")
          .allSatisfy(level -> assertThat(level.getEstablishedBy()).doesNotContain("id-vn-study"));
      assertThat(ledger).last().satisfies(level -> {
        assertThat(level.getLevel()).isEqualTo("comprehensive strategic partnership");
        assertThat(level.getSince()).isEqualTo(Instant.parse("2024-06-12T08:00:00Z"));
      });
    });
  }

  @Test
  void shouldMakeFormalEstablishmentMonthsLaterANewVersionOfTheAgreementsAlert() {
    pipeline.publish(release("jp-ph-agreed", SourceKind.MINISTRY, "Japan and the Philippines to raise ties",
        "Tokyo, 3 February 2025. Japan and the Philippines agreed to upgrade their relations to a strategic "
            + "partnership, the two leaders said after their talks on coast guard cooperation and investment.",
        "2025-02-03T08:00:00Z"));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.alerts.values()).singleElement()
        .satisfies(alert -> assertThat(alert.getStage()).isEqualTo(Stage.AGREED)));

    pipeline.publish(release("jp-ph-established", SourceKind.NEWSPAPER, "Strategic partnership launched",
        "Manila, 9 September 2025. Japan and the Philippines formally established their strategic partnership "
            + "on Tuesday with the signing of a joint statement by the two foreign ministers at the Malacanang "
            + "palace.", "2025-09-09T08:00:00Z"));

    await().atMost(PATIENCE).during(STEADY).untilAsserted(() -> {
      List<Alert> versions = pipeline.alerts.values();
      assertThat(versions).hasSize(2);
      assertThat(versions).extracting(Alert::getAlertId).containsOnly(versions.get(0).getAlertId());
      Alert later = versions.get(1);
      assertThat(later.getVersion()).isEqualTo(2);
      assertThat(later.getChange()).isEqualTo(AlertChange.STAGE_ADVANCED);
      assertThat(later.getStage()).isEqualTo(Stage.ESTABLISHED);
      assertThat(later.getSources()).extracting(AlertSource::getStage)
          .containsExactly(Stage.AGREED, Stage.ESTABLISHED);
    });
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.ledger.values()).last().satisfies(level -> {
      assertThat(level.getLevel()).isEqualTo("strategic partnership");
      assertThat(level.getSince()).as("since the decision").isEqualTo(Instant.parse("2025-02-03T08:00:00Z"));
      assertThat(level.getEstablishedBy()).containsExactly("jp-ph-agreed", "jp-ph-established");
    }));
  }

  @Test
  void shouldAlertRecallOfAmbassadorAndKeepItInLedgerBesideTheLevel() {
    pipeline.publish(release("tr-il-recall", SourceKind.MINISTRY, "Ambassador recalled",
        "Ankara, 2 May 2024. Turkey recalled its ambassador to Israel for consultations on Thursday, the foreign "
            + "ministry said in a short statement.", "2024-05-02T09:00:00Z"));

    await().atMost(PATIENCE).during(STEADY).untilAsserted(() -> assertThat(pipeline.alerts.values()).singleElement()
        .satisfies(alert -> {
          assertThat(alert.getKind()).isEqualTo(dev.newsroom.avro.MoveKind.REPRESENTATION);
          assertThat(alert.getAction()).isEqualTo(dev.newsroom.avro.RepresentationAction.AMBASSADOR_RECALLED);
          assertThat(alert.getDirection()).isEqualTo(dev.newsroom.avro.Direction.DOWNGRADE);
          assertThat(alert.getPair()).containsExactly("IL", "TR");
          assertThat(alert.getToLevel()).isEqualTo("charge d'affaires");
        }));
    await().atMost(PATIENCE).untilAsserted(() -> assertThat(pipeline.ledger.values()).last().satisfies(level -> {
      assertThat(level.getPair()).containsExactly("IL", "TR");
      assertThat(level.getRepresentation().getLevel()).isEqualTo("charge d'affaires");
      assertThat(level.getRepresentation().getEstablishedBy()).containsExactly("tr-il-recall");
    }));
  }
}
