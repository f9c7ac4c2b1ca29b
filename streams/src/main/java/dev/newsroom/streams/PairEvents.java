package dev.newsroom.streams;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.internal.PairEventState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns reports of moves (partnership upgrades and downgrades, changes of diplomatic representation) into
 * alerts, one per real-world event through its stages. An event is a pair's move of one kind and direction to
 * one level; its n-th occurrence is episode n, and the alert id derives from those alone, so the same reports
 * give the same ids in any order. A report joins the open event when it falls within the window of the
 * event's reports (another source) or reports a later stage within the lifecycle (a new stage, months later).
 * Plain logic, no Kafka; {@link PairEventsProcessor} keeps the state.
 */
final class PairEvents {

  /**
   * Below this confidence the reader is unsure the report states a decision ("agreed to study upgrading"): it
   * counts as a proposal, so it can open an event but never moves the ledger, and the real decision, when it
   * comes, is a new stage of that event rather than a restatement of it.
   */
  static final double DECISION_CONFIDENCE = 0.5;

  private final Duration window;
  private final Duration lifecycle;

  PairEvents(Duration window, Duration lifecycle) {
    this.window = window;
    this.lifecycle = lifecycle;
  }

  /** Key under which an event's state is kept: pair, kind, direction and to-level. */
  static String eventKey(DetectedMove move) {
    return String.join("-", move.getPair()) + "|" + lower(move.getKind().name()) + "|"
        + lower(move.getDirection().name()) + "|" + move.getToLevel();
  }

  /** Whether a source speaks for a government: its report confirms the event. */
  static boolean official(SourceKind kind) {
    return kind == SourceKind.MINISTRY || kind == SourceKind.EMBASSY || kind == SourceKind.GOVERNMENT;
  }

  /**
   * When a report speaks from: its publication time, else the date the analysis read from its dateline or text
   * (a plain-text file has no metadata), else when it reached us.
   */
  static Instant eventTime(TaggedRelease report) {
    if (report.getPublishedAt() != null) {
      return report.getPublishedAt();
    }
    if (report.getReleaseDate() != null) {
      return report.getReleaseDate().atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }
    return report.getReceivedAt();
  }

  /** The stage a report counts for: as read, except that an unsure reading counts as a proposal. */
  static Stage stageOf(DetectedMove move) {
    return move.getConfidence() < DECISION_CONFIDENCE ? Stage.PROPOSED : move.getStage();
  }

  /** Whether a report at this stage states a decision, which moves the ledger (a proposal or study does not). */
  static boolean decision(Stage stage) {
    return stage.ordinal() >= Stage.AGREED.ordinal();
  }

  /**
   * Whether the event is still open for a report at this event time: within its lifecycle, and, once decided,
   * only while the ledger still holds its level (after a move away, the same move again is a new episode).
   */
  boolean isOpen(PairEventState state, Instant eventTime, String ledgerLevel) {
    if (state == null || Duration.between(state.getOpenedAt(), eventTime).abs().compareTo(lifecycle) > 0) {
      return false;
    }
    return !state.getDecided() || state.getAlert().getToLevel().equals(ledgerLevel);
  }

  /**
   * Whether a report belongs to the open event: it is dated no later than the window after the event's latest
   * report (another source, or an earlier report arriving late), or it reports a later stage. Anything else
   * (the same stage restated months later, an anniversary) is a restatement.
   */
  boolean joins(PairEventState state, Instant eventTime, Stage stage) {
    Alert alert = state.getAlert();
    return !eventTime.isAfter(alert.getEventTime().plus(window)) || stage.ordinal() > alert.getStage().ordinal();
  }

  /** Whether the report is already a source of the event (the same release seen again). */
  static boolean knows(PairEventState state, TaggedRelease report) {
    return state.getAlert().getSources().stream().anyMatch(s -> s.getReleaseId().equals(report.getId()));
  }

  /** The event with the report added as a source: the next version of its alert, at the furthest stage. */
  PairEventState add(PairEventState state, TaggedRelease report, DetectedMove move, Instant now) {
    Alert current = state.getAlert();
    Stage stage = stageOf(move);
    List<AlertSource> sources = new ArrayList<>(current.getSources());
    sources.add(sourceOf(report, stage));
    sources.sort(Comparator.comparing((AlertSource s) -> s.getPublishedAt() == null ? Instant.MAX
        : s.getPublishedAt()).thenComparing(AlertSource::getReleaseId));
    boolean advanced = stage.ordinal() > current.getStage().ordinal();
    boolean confirms = !current.getConfirmed() && official(report.getSource().getKind());
    AlertChange change = advanced ? AlertChange.STAGE_ADVANCED
        : confirms ? AlertChange.CONFIRMED : AlertChange.SOURCE_ADDED;
    Instant eventTime = eventTime(report);
    Alert next = Alert.newBuilder(current)
        .setVersion(current.getVersion() + 1)
        .setChange(change)
        .setConfirmed(current.getConfirmed() || confirms)
        .setFromLevel(current.getFromLevel() != null ? current.getFromLevel() : move.getFromLevel())
        .setAction(current.getAction() != null ? current.getAction() : move.getAction())
        .setStage(advanced ? stage : current.getStage())
        .setEvidence(advanced ? move.getEvidence() : current.getEvidence())
        .setEventDate(advanced ? firstNonNull(move.getEventDate(), current.getEventDate())
            : firstNonNull(current.getEventDate(), move.getEventDate()))
        .setConfidence(Math.max(current.getConfidence(), move.getConfidence()))
        .setSources(sources)
        .setUpdatedAt(now)
        .setEventTime(eventTime.isAfter(current.getEventTime()) ? eventTime : current.getEventTime())
        .build();
    return PairEventState.newBuilder(state)
        .setOpenedAt(eventTime.isBefore(state.getOpenedAt()) ? eventTime : state.getOpenedAt())
        .setDecided(state.getDecided() || decision(stage))
        .setAlert(next)
        .build();
  }

  /**
   * The event without a report the deduplication later judged a copy of another release: the next version of
   * its alert, {@code SOURCES_CORRECTED}, with the copy's source dropped and {@code confirmed} read again from
   * the sources left. Empty when the copy is not a source, or is the only one (a copy whose original reported
   * nothing of this event still reports it). Alerts are raised from every report as it comes, before its
   * deduplication verdict, so that the desk does not wait for the grace; this puts the sources right after.
   */
  static Optional<PairEventState> withoutCopy(PairEventState state, String copyId, Instant now) {
    Alert current = state.getAlert();
    List<AlertSource> left = current.getSources().stream().filter(s -> !s.getReleaseId().equals(copyId)).toList();
    if (left.size() == current.getSources().size() || left.isEmpty()) {
      return Optional.empty();
    }
    Alert next = Alert.newBuilder(current)
        .setVersion(current.getVersion() + 1)
        .setChange(AlertChange.SOURCES_CORRECTED)
        .setConfirmed(left.stream().anyMatch(s -> official(s.getSource().getKind())))
        .setSources(new ArrayList<>(left))
        .setUpdatedAt(now)
        .build();
    return Optional.of(PairEventState.newBuilder(state).setAlert(next).build());
  }

  /**
   * A new event: the first version of its alert.
   *
   * @param knownFromLevel the pair's level before this event on the move's ladder, from the ledger, used when
   *     the report does not state it; may be null
   * @param episode 1 for the pair's first event of this key, +1 for each later one
   */
  PairEventState create(TaggedRelease report, DetectedMove move, String knownFromLevel, int episode,
      Instant now) {
    Stage stage = stageOf(move);
    Alert alert = Alert.newBuilder()
        .setAlertId(alertId(move, episode))
        .setVersion(1)
        .setChange(AlertChange.CREATED)
        .setKind(move.getKind())
        .setDirection(move.getDirection())
        .setConfirmed(official(report.getSource().getKind()))
        .setPair(move.getPair())
        .setFromLevel(move.getFromLevel() != null ? move.getFromLevel() : knownFromLevel)
        .setToLevel(move.getToLevel())
        .setAction(move.getAction())
        .setStage(stage)
        .setEventDate(move.getEventDate())
        .setConfidence(move.getConfidence())
        .setEvidence(move.getEvidence())
        .setSources(new ArrayList<>(List.of(sourceOf(report, stage))))
        .setDetectedAt(now)
        .setUpdatedAt(now)
        .setEventTime(eventTime(report))
        .build();
    return new PairEventState(episode, eventTime(report), decision(stage), alert);
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

  /**
   * Derived from the event alone (pair, kind, direction, to-level, episode), never from which report came
   * first, so that the same input in any order, or reprocessed, yields the same alert ids.
   */
  static String alertId(DetectedMove move, int episode) {
    String prefix = move.getKind() == MoveKind.REPRESENTATION ? "rep-" : "upg-";
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((eventKey(move) + "\n" + episode).getBytes(StandardCharsets.UTF_8));
      return prefix + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  private static <T> T firstNonNull(T a, T b) {
    return a != null ? a : b;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
