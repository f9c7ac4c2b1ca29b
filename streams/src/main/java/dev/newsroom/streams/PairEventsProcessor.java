package dev.newsroom.streams;

import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.internal.PairEventState;
import dev.newsroom.schemas.AvroSerde;
import dev.newsroom.streams.PairEvent.AlertChanged;
import dev.newsroom.streams.PairEvent.LedgerChanged;
import java.time.Instant;
import java.util.Objects;
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
  /** Serde of the event store: internal, not a public contract. */
  static final AvroSerde<PairEventState> STATE = new AvroSerde<>(PairEventState.class,
      PairEventState.getClassSchema());

  private final UpgradeEvents events;
  private final PairLedger ledger;
  private ProcessorContext<String, PairEvent> context;
  private KeyValueStore<String, PairEventState> states;
  private KeyValueStore<String, PairLevel> levels;

  PairEventsProcessor(UpgradeEvents events, PairLedger ledger) {
    this.events = events;
    this.ledger = ledger;
  }

  @Override
  public void init(ProcessorContext<String, PairEvent> context) {
    this.context = context;
    this.states = context.getStateStore(NewsroomTopology.EVENT_STORE);
    this.levels = context.getStateStore(NewsroomTopology.LEDGER_STORE);
  }

  @Override
  public void process(Record<String, TaggedRelease> record) {
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    for (DetectedMove move : record.value().getMoves()) {
      if (record.key().equals(String.join("-", move.getPair()))) {
        handle(record, move, now);
      }
    }
  }

  private void handle(Record<String, TaggedRelease> record, DetectedMove move, Instant now) {
    TaggedRelease report = record.value();
    String pair = record.key();
    String eventKey = UpgradeEvents.eventKey(move);
    PairEventState state = states.get(eventKey);
    PairLevel level = levels.get(pair);
    Instant eventTime = UpgradeEvents.eventTime(report);
    if (events.isOpen(state, eventTime, PairLedger.currentLevel(level, move.getKind()))) {
      if (UpgradeEvents.knows(state, report)) {
        return;
      }
      if (events.joins(state, eventTime, UpgradeEvents.stageOf(move))) {
        PairEventState next = events.add(state, report, move, now);
        emitAlert(record, eventKey, next);
        if (!state.getDecided() && next.getDecided() && ledger.judge(level, move) == PairLedger.Verdict.NEW_EVENT) {
          emitLevel(record, pair, PairLedger.moved(level, move, report, now));
        } else if (next.getDecided()) {
          emitLevel(record, pair, PairLedger.corroborated(level, move, report, now));
        }
        return;
      }
      log.debug("release {} restates open event {}: no alert", report.getId(), eventKey);
      corroborate(record, level, move);
      return;
    }
    if (ledger.judge(level, move) == PairLedger.Verdict.NOTHING_NEW) {
      log.debug("release {} restates {} for {}: no alert", report.getId(), move.getToLevel(), pair);
      corroborate(record, level, move);
      return;
    }
    int episode = state == null ? 1 : state.getEpisode() + 1;
    PairEventState created = events.create(report, move, PairLedger.currentLevel(level, move.getKind()), episode,
        now);
    emitAlert(record, eventKey, created);
    if (created.getDecided()) {
      emitLevel(record, pair, PairLedger.moved(level, move, report, now));
    }
  }

  /** A restatement by a report that states a decision adds it to the releases behind the current level. */
  private void corroborate(Record<String, TaggedRelease> record, PairLevel level, DetectedMove move) {
    if (UpgradeEvents.decision(UpgradeEvents.stageOf(move))) {
      emitLevel(record, record.key(), PairLedger.corroborated(level, move, record.value(),
          Instant.ofEpochMilli(context.currentSystemTimeMs())));
    }
  }

  private void emitAlert(Record<String, TaggedRelease> record, String eventKey, PairEventState state) {
    states.put(eventKey, state);
    context.forward(record.withKey(state.getAlert().getAlertId()).withValue(new AlertChanged(state.getAlert())));
  }

  /** Writes and forwards a ledger entry, unless it is unchanged. */
  private void emitLevel(Record<String, TaggedRelease> record, String pair, PairLevel next) {
    if (next == null || Objects.equals(next, levels.get(pair))) {
      return;
    }
    levels.put(pair, next);
    context.forward(record.withKey(pair).withValue(new LedgerChanged(next)));
  }
}
