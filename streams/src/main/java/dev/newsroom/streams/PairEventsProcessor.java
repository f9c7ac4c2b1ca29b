package dev.newsroom.streams;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import dev.newsroom.avro.internal.PairEventState;
import dev.newsroom.schemas.AvroSerde;
import dev.newsroom.streams.PairEvent.AlertChanged;
import dev.newsroom.streams.PairEvent.LedgerChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles the moves a release reports about one pair (the record key): a report that belongs to an open event
 * becomes a new version of that event's alert; otherwise the ledger decides whether it is news (a new event,
 * the next episode of its key) or nothing new (a restatement). The ledger moves only when an event is first
 * decided. Input is keyed by pair, so one task sees every report about a pair; the stores hold one entry per
 * pair and one per event key, which bounds them.
 */
final class PairEventsProcessor implements Processor<String, TaggedRelease, String, PairEvent> {

  private static final Logger log = LoggerFactory.getLogger(PairEventsProcessor.class);
  private static final Duration EARLY_COPY_RETENTION = Duration.ofDays(1);
  /** Serde of the event store: internal, not a public contract. */
  static final AvroSerde<PairEventState> STATE = new AvroSerde<>(PairEventState.class,
      PairEventState.getClassSchema());

  private final PairEvents events;
  private final PairLedger ledger;
  private ProcessorContext<String, PairEvent> context;
  private KeyValueStore<String, PairEventState> states;
  private KeyValueStore<String, PairLevel> levels;
  private KeyValueStore<String, Long> earlyCopies;

  PairEventsProcessor(PairEvents events, PairLedger ledger) {
    this.events = events;
    this.ledger = ledger;
  }

  @Override
  public void init(ProcessorContext<String, PairEvent> context) {
    this.context = context;
    this.states = context.getStateStore(NewsroomTopology.EVENT_STORE);
    this.levels = context.getStateStore(NewsroomTopology.LEDGER_STORE);
    this.earlyCopies = context.getStateStore(NewsroomTopology.COPY_STORE);
    context.schedule(Duration.ofMinutes(10), PunctuationType.STREAM_TIME, this::forgetOldCopies);
  }

  @Override
  public void process(Record<String, TaggedRelease> record) {
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    boolean copy = isCopy(record.value());
    if (!copy && earlyCopies.get(copyKey(record.key(), record.value().getId())) != null) {
      log.debug("report {} came after its copy verdict: not a source", record.value().getId());
      earlyCopies.delete(copyKey(record.key(), record.value().getId()));
      return;
    }
    for (DetectedMove move : record.value().getMoves()) {
      // The release comes once per pair it moves (see key-by-pair); this task handles this pair's moves.
      if (move.getPair().size() == 2 && record.key().equals(String.join("-", move.getPair()))) {
        if (copy) {
          correct(record, move, now);
        } else {
          handle(record, move, now);
        }
      }
    }
  }

  private void handle(Record<String, TaggedRelease> record, DetectedMove move, Instant now) {
    String eventKey = PairEvents.eventKey(move);
    PairLevel level = levels.get(record.key());
    // Decide first, write after: a failure while deciding leaves both stores as they were.
    Outcome outcome = decide(states.get(eventKey), level, record.value(), move, now);
    if (outcome.event() != null) {
      states.put(eventKey, outcome.event());
      Alert alert = outcome.event().getAlert();
      context.forward(record.withKey(alert.getAlertId()).withValue(new AlertChanged(alert)));
    }
    emitLevel(record, record.key(), level, outcome.level());
  }

  /**
   * Whether the record is the deduplication's later verdict that a report is a copy (it came first as a report,
   * on the fast path). A release id published twice is a copy of itself: its one source stays.
   */
  private static boolean isCopy(TaggedRelease release) {
    return release.getVerdict() == Verdict.DUPLICATE && !release.getId().equals(release.getDuplicateOf());
  }

  /**
   * Drops a copy from the sources of the event it joined and from the releases behind the pair's level. When the
   * copy's report has not come yet (reports and verdicts travel on different topics), it is remembered so that
   * the report is not taken for a source when it comes.
   */
  private void correct(Record<String, TaggedRelease> record, DetectedMove move, Instant now) {
    String eventKey = PairEvents.eventKey(move);
    PairEventState state = states.get(eventKey);
    String copyId = record.value().getId();
    PairLevel level = levels.get(record.key());
    boolean asSource = state != null && PairEvents.knows(state, record.value());
    boolean behindLevel = PairLedger.lists(level, move, copyId);
    if (!asSource && !behindLevel) {
      // Its report has not come yet, or came and changed nothing: either way it must not count when it comes.
      log.debug("copy {} of {} is in no alert of {}: remembered", copyId, record.value().getDuplicateOf(),
          record.key());
      earlyCopies.put(copyKey(record.key(), copyId), record.timestamp());
      return;
    }
    if (asSource) {
      PairEvents.withoutCopy(state, copyId, now).ifPresent(corrected -> {
        states.put(eventKey, corrected);
        Alert alert = corrected.getAlert();
        log.debug("release {} is a copy of {}: dropped from alert {}", copyId, record.value().getDuplicateOf(),
            alert.getAlertId());
        context.forward(record.withKey(alert.getAlertId()).withValue(new AlertChanged(alert)));
      });
    }
    emitLevel(record, record.key(), level, PairLedger.withoutCopy(level, move, copyId, now));
  }

  private static String copyKey(String pair, String releaseId) {
    return pair + "|" + releaseId;
  }

  /**
   * Forgets copies remembered a day of stream time ago: a report precedes its copy verdict by about the
   * deduplication grace, so one never comes that late, and a copy whose report changed nothing leaves no trace.
   */
  private void forgetOldCopies(long streamTime) {
    long before = streamTime - EARLY_COPY_RETENTION.toMillis();
    List<String> old = new ArrayList<>();
    try (KeyValueIterator<String, Long> all = earlyCopies.all()) {
      all.forEachRemaining(entry -> {
        if (entry.value < before) {
          old.add(entry.key);
        }
      });
    }
    old.forEach(earlyCopies::delete);
  }

  /** What one move changes: the event's new state and the pair's new ledger entry, each null when unchanged. */
  record Outcome(PairEventState event, PairLevel level) {}

  /** Plain decision over the event's state and the pair's ledger entry (either may be null), no side effects. */
  Outcome decide(PairEventState state, PairLevel level, TaggedRelease report, DetectedMove move, Instant now) {
    Instant eventTime = PairEvents.eventTime(report);
    String current = PairLedger.currentLevel(level, move.getKind());
    if (events.isOpen(state, eventTime, current)) {
      if (PairEvents.knows(state, report)) {
        return new Outcome(null, null);
      }
      if (events.joins(state, eventTime, PairEvents.stageOf(move))) {
        PairEventState next = events.add(state, report, move, now);
        boolean decidedNow = !state.getDecided() && next.getDecided()
            && ledger.judge(level, move) == PairLedger.Verdict.NEW_EVENT;
        // A decision of this event reported late moves the ledger's since back to the earliest decision.
        return new Outcome(next, decidedNow ? PairLedger.moved(level, move, report, now)
            : PairEvents.decision(PairEvents.stageOf(move))
                ? PairLedger.sinceNoLaterThan(PairLedger.corroborated(level, move, report, now), move, eventTime)
                : null);
      }
      log.debug("release {} restates open event {}: no alert", report.getId(), PairEvents.eventKey(move));
      return new Outcome(null, corroborated(level, move, report, now));
    }
    if (ledger.judge(level, move) == PairLedger.Verdict.NOTHING_NEW) {
      log.debug("release {} restates {} for {}: no alert", report.getId(), move.getToLevel(), move.getPair());
      return new Outcome(null, corroborated(level, move, report, now));
    }
    int episode = state == null ? 1 : state.getEpisode() + 1;
    PairEventState created = events.create(report, move, current, episode, now);
    return new Outcome(created, created.getDecided() ? PairLedger.moved(level, move, report, now) : null);
  }

  /** A restatement by a report that states a decision adds it to the releases behind the current level. */
  private static PairLevel corroborated(PairLevel level, DetectedMove move, TaggedRelease report, Instant now) {
    return PairEvents.decision(PairEvents.stageOf(move))
        ? PairLedger.corroborated(level, move, report, now) : null;
  }

  /** Writes and forwards a ledger entry, unless it is unchanged. */
  private void emitLevel(Record<String, TaggedRelease> record, String pair, PairLevel current, PairLevel next) {
    if (next == null || next.equals(current)) {
      return;
    }
    levels.put(pair, next);
    context.forward(record.withKey(pair).withValue(new LedgerChanged(next)));
  }
}
