package dev.newsroom.streams;

import dev.newsroom.analysis.Stage;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.SourceKind;
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
 * Plain logic, no Kafka; {@link PairEventsProcessor} keeps the state.
 */
final class UpgradeEvents {

  static final String CREATED = "created";
  static final String SOURCE_ADDED = "source_added";
  static final String STAGE_ADVANCED = "stage_advanced";
  static final String CONFIRMED = "confirmed";
  static final String UPGRADE = "upgrade";
  static final String DOWNGRADE = "downgrade";

  private final Duration window;

  UpgradeEvents(Duration window) {
    this.window = window;
  }

  /** Key under which an event's state is kept: pair, direction and to-level. */
  static String eventKey(String direction, DetectedUpgrade move) {
    String key = String.join("-", move.getPair()) + "|" + move.getToLevel();
    return UPGRADE.equals(direction) ? key : direction + "|" + key;
  }

  /** Whether a source speaks for a government: its report confirms the event. */
  static boolean official(SourceKind kind) {
    return kind == SourceKind.MINISTRY || kind == SourceKind.EMBASSY || kind == SourceKind.GOVERNMENT;
  }

  /** Whether the alert is still open for more reports of the same event at this event time. */
  boolean sameEvent(UpgradeAlert current, TaggedRelease report) {
    return current != null && withinWindow(current, eventTime(report));
  }

  static Instant eventTime(TaggedRelease report) {
    return report.getPublishedAt() != null ? report.getPublishedAt() : report.getReceivedAt();
  }

  /**
   * The next version of an open event's alert for this report, or empty when the report changes nothing (the
   * same release seen again).
   */
  Optional<UpgradeAlert> add(UpgradeAlert current, TaggedRelease report, DetectedUpgrade move, Instant now) {
    boolean known = current.getSources().stream().anyMatch(s -> s.getReleaseId().equals(report.getId()));
    if (known) {
      return Optional.empty();
    }
    List<AlertSource> sources = new ArrayList<>(current.getSources());
    sources.add(sourceOf(report));
    boolean advanced = order(move.getStage()) > order(current.getStage());
    boolean confirms = !current.getConfirmed() && official(report.getSource().getKind());
    String change = advanced ? STAGE_ADVANCED : confirms ? CONFIRMED : SOURCE_ADDED;
    Instant eventTime = eventTime(report);
    return Optional.of(UpgradeAlert.newBuilder(current)
        .setVersion(current.getVersion() + 1)
        .setChange(change)
        .setConfirmed(current.getConfirmed() || confirms)
        .setFromLevel(current.getFromLevel() != null ? current.getFromLevel() : move.getFromLevel())
        .setStage(advanced ? move.getStage() : current.getStage())
        .setEvidence(advanced ? move.getEvidence() : current.getEvidence())
        .setSources(sources)
        .setUpdatedAt(now)
        .setEventTime(eventTime.isAfter(current.getEventTime()) ? eventTime : current.getEventTime())
        .build());
  }

  /**
   * The first version of a new event's alert.
   *
   * @param knownFromLevel the pair's level before this event, from the ledger, used when the report does not
   *     state it; may be null
   */
  UpgradeAlert create(TaggedRelease report, String direction, DetectedUpgrade move, String knownFromLevel,
      Instant now) {
    return UpgradeAlert.newBuilder()
        .setAlertId(alertId(eventKey(direction, move), report.getId()))
        .setVersion(1)
        .setChange(CREATED)
        .setDirection(direction)
        .setConfirmed(official(report.getSource().getKind()))
        .setPair(move.getPair())
        .setFromLevel(move.getFromLevel() != null ? move.getFromLevel() : knownFromLevel)
        .setToLevel(move.getToLevel())
        .setStage(move.getStage())
        .setEvidence(move.getEvidence())
        .setSources(new ArrayList<>(List.of(sourceOf(report))))
        .setDetectedAt(now)
        .setUpdatedAt(now)
        .setEventTime(eventTime(report))
        .build();
  }

  private boolean withinWindow(UpgradeAlert current, Instant eventTime) {
    return Duration.between(current.getEventTime(), eventTime).abs().compareTo(window) <= 0;
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
