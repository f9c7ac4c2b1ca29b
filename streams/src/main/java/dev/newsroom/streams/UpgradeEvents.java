package dev.newsroom.streams;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import dev.newsroom.avro.TaggedRelease;
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

  private final Duration window;

  UpgradeEvents(Duration window) {
    this.window = window;
  }

  /** Key under which an event's state is kept: pair, direction and to-level. */
  static String eventKey(Direction direction, DetectedUpgrade move) {
    String key = String.join("-", move.getPair()) + "|" + move.getToLevel();
    return direction == Direction.UPGRADE ? key : "downgrade|" + key;
  }

  /** Whether a source speaks for a government: its report confirms the event. */
  static boolean official(SourceKind kind) {
    return kind == SourceKind.MINISTRY || kind == SourceKind.EMBASSY || kind == SourceKind.GOVERNMENT;
  }

  /** Whether the alert is still open for more reports of the same event at this event time. */
  boolean sameEvent(Alert current, TaggedRelease report) {
    return current != null && withinWindow(current, eventTime(report));
  }

  static Instant eventTime(TaggedRelease report) {
    return report.getPublishedAt() != null ? report.getPublishedAt() : report.getReceivedAt();
  }

  /**
   * The next version of an open event's alert for this report, or empty when the report changes nothing (the
   * same release seen again).
   */
  Optional<Alert> add(Alert current, TaggedRelease report, DetectedUpgrade move, Instant now) {
    boolean known = current.getSources().stream().anyMatch(s -> s.getReleaseId().equals(report.getId()));
    if (known) {
      return Optional.empty();
    }
    List<AlertSource> sources = new ArrayList<>(current.getSources());
    Stage stage = stageOf(move);
    sources.add(sourceOf(report, stage));
    boolean advanced = stage.ordinal() > current.getStage().ordinal();
    boolean confirms = !current.getConfirmed() && official(report.getSource().getKind());
    AlertChange change = advanced ? AlertChange.STAGE_ADVANCED
        : confirms ? AlertChange.CONFIRMED : AlertChange.SOURCE_ADDED;
    Instant eventTime = eventTime(report);
    return Optional.of(Alert.newBuilder(current)
        .setVersion(current.getVersion() + 1)
        .setChange(change)
        .setConfirmed(current.getConfirmed() || confirms)
        .setFromLevel(current.getFromLevel() != null ? current.getFromLevel() : move.getFromLevel())
        .setStage(advanced ? stage : current.getStage())
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
  Alert create(TaggedRelease report, Direction direction, DetectedUpgrade move, String knownFromLevel,
      Instant now) {
    return Alert.newBuilder()
        .setAlertId(alertId(eventKey(direction, move), report.getId()))
        .setVersion(1)
        .setChange(AlertChange.CREATED)
        .setKind(MoveKind.PARTNERSHIP)
        .setDirection(direction)
        .setConfirmed(official(report.getSource().getKind()))
        .setPair(move.getPair())
        .setFromLevel(move.getFromLevel() != null ? move.getFromLevel() : knownFromLevel)
        .setToLevel(move.getToLevel())
        .setStage(stageOf(move))
        .setEvidence(move.getEvidence())
        .setSources(new ArrayList<>(List.of(sourceOf(report, stageOf(move)))))
        .setDetectedAt(now)
        .setUpdatedAt(now)
        .setEventTime(eventTime(report))
        .build();
  }

  private boolean withinWindow(Alert current, Instant eventTime) {
    return Duration.between(current.getEventTime(), eventTime).abs().compareTo(window) <= 0;
  }

  private static AlertSource sourceOf(TaggedRelease report, Stage stage) {
    return AlertSource.newBuilder()
        .setReleaseId(report.getId())
        .setSource(report.getSource())
        .setUrl(report.getUrl())
        .setTitle(report.getTitle())
        .setPublishedAt(report.getPublishedAt())
        .setStage(stage)
        .build();
  }

  /** The stage of a v1-shaped move, whose stage is a lower-case wire label ("took_effect"). */
  static Stage stageOf(DetectedUpgrade move) {
    return Stage.valueOf(move.getStage().toUpperCase(java.util.Locale.ROOT));
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
