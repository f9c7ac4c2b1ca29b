package dev.newsroom.streams;

import dev.newsroom.analysis.Stage;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.UpgradeAlert;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Turns reports of upgrades into alerts, one per real-world event: a report of the same pair and to-level
 * within the window of the event's latest report is another source of that event, not a new alert.
 * Plain logic, no Kafka; {@link AlertCorrelator} keeps the state.
 */
final class UpgradeEvents {

  static final String CREATED = "created";
  static final String SOURCE_ADDED = "source_added";
  static final String STAGE_ADVANCED = "stage_advanced";

  private final Duration window;

  UpgradeEvents(Duration window) {
    this.window = window;
  }

  /** Key under which an event's state is kept: pair and to-level. */
  static String eventKey(DetectedUpgrade upgrade) {
    return String.join("-", upgrade.getPair()) + "|" + upgrade.getToLevel();
  }

  /**
   * The next version of the alert for this report, or empty when the report changes nothing (the same
   * release seen again).
   *
   * @param current the event's latest alert, or null when none is known
   * @param now processing time, for detectedAt/updatedAt
   */
  Optional<UpgradeAlert> apply(UpgradeAlert current, TaggedRelease report, Instant now) {
    DetectedUpgrade upgrade = report.getUpgrade();
    Instant eventTime = report.getPublishedAt() != null ? report.getPublishedAt() : report.getReceivedAt();
    if (current == null || !withinWindow(current, eventTime)) {
      return Optional.of(create(report, upgrade, eventTime, now));
    }
    boolean known = current.getSources().stream().anyMatch(s -> s.getReleaseId().equals(report.getId()));
    if (known) {
      return Optional.empty();
    }
    List<AlertSource> sources = new ArrayList<>(current.getSources());
    sources.add(sourceOf(report));
    boolean advanced = order(upgrade.getStage()) > order(current.getStage());
    return Optional.of(UpgradeAlert.newBuilder(current)
        .setVersion(current.getVersion() + 1)
        .setChange(advanced ? STAGE_ADVANCED : SOURCE_ADDED)
        .setFromLevel(current.getFromLevel() != null ? current.getFromLevel() : upgrade.getFromLevel())
        .setStage(advanced ? upgrade.getStage() : current.getStage())
        .setEvidence(advanced ? upgrade.getEvidence() : current.getEvidence())
        .setSources(sources)
        .setUpdatedAt(now)
        .setEventTime(eventTime.isAfter(current.getEventTime()) ? eventTime : current.getEventTime())
        .build());
  }

  private boolean withinWindow(UpgradeAlert current, Instant eventTime) {
    return Duration.between(current.getEventTime(), eventTime).abs().compareTo(window) <= 0;
  }

  private static UpgradeAlert create(TaggedRelease report, DetectedUpgrade upgrade, Instant eventTime, Instant now) {
    return UpgradeAlert.newBuilder()
        .setAlertId(alertId(eventKey(upgrade), report.getId()))
        .setVersion(1)
        .setChange(CREATED)
        .setPair(upgrade.getPair())
        .setFromLevel(upgrade.getFromLevel())
        .setToLevel(upgrade.getToLevel())
        .setStage(upgrade.getStage())
        .setEvidence(upgrade.getEvidence())
        .setSources(new ArrayList<>(List.of(sourceOf(report))))
        .setDetectedAt(now)
        .setUpdatedAt(now)
        .setEventTime(eventTime)
        .build();
  }

  private static AlertSource sourceOf(TaggedRelease report) {
    return AlertSource.newBuilder()
        .setReleaseId(report.getId())
        .setSource(report.getSource())
        .setUrl(report.getUrl())
        .setTitle(report.getTitle())
        .setPublishedAt(report.getPublishedAt())
        .build();
  }

  private static int order(String stage) {
    return Stage.fromLabel(stage).order();
  }

  /** Deterministic, so that reprocessing the same input yields the same alert ids. */
  static String alertId(String eventKey, String firstReleaseId) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((eventKey + "\n" + firstReleaseId).getBytes(StandardCharsets.UTF_8));
      return "upg-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
