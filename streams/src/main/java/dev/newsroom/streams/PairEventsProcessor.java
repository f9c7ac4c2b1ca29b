package dev.newsroom.streams;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.streams.PairEvent.AlertChanged;
import dev.newsroom.streams.PairEvent.LedgerChanged;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles reports of moves (upgrades and downgrades) of one pair: a report of an open event adds its source
 * to that event's alert; otherwise the ledger decides whether it is news (a new alert, the ledger moves) or
 * nothing new (a restatement). Input is keyed by pair, so one task sees every report about a pair; the stores
 * hold one entry per pair and event key, which bounds them.
 */
final class PairEventsProcessor implements Processor<String, TaggedRelease, String, PairEvent> {

  private static final Logger log = LoggerFactory.getLogger(PairEventsProcessor.class);

  private final UpgradeEvents events;
  private final PairLedger ledger;
  private ProcessorContext<String, PairEvent> context;
  private KeyValueStore<String, Alert> alerts;
  private KeyValueStore<String, PairLevel> levels;

  PairEventsProcessor(UpgradeEvents events, PairLedger ledger) {
    this.events = events;
    this.ledger = ledger;
  }

  @Override
  public void init(ProcessorContext<String, PairEvent> context) {
    this.context = context;
    this.alerts = context.getStateStore(NewsroomTopology.ALERT_STORE);
    this.levels = context.getStateStore(NewsroomTopology.LEDGER_STORE);
  }

  @Override
  public void process(Record<String, TaggedRelease> record) {
    TaggedRelease report = record.value();
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    if (report.getUpgrade() != null) {
      handle(record, report, Direction.UPGRADE, report.getUpgrade(), now);
    } else if (report.getDowngrade() != null) {
      handle(record, report, Direction.DOWNGRADE, report.getDowngrade(), now);
    }
  }

  private void handle(Record<String, TaggedRelease> record, TaggedRelease report, Direction direction,
      DetectedUpgrade move, Instant now) {
    String pair = record.key();
    String eventKey = UpgradeEvents.eventKey(direction, move);
    Alert open = alerts.get(eventKey);
    PairLevel level = levels.get(pair);
    if (events.sameEvent(open, report)) {
      events.add(open, report, move, now).ifPresent(next -> emitAlert(record, eventKey, next));
      if (level != null && move.getToLevel().equals(level.getLevel())) {
        emitLevel(record, pair, PairLedger.corroborated(level, report, now));
      }
      return;
    }
    if (ledger.judge(level, direction, move) == PairLedger.Verdict.NOTHING_NEW) {
      log.debug("release {} restates {} for {}: no alert", report.getId(), move.getToLevel(), pair);
      if (move.getToLevel().equals(level.getLevel())) {
        emitLevel(record, pair, PairLedger.corroborated(level, report, now));
      }
      return;
    }
    emitAlert(record, eventKey, events.create(report, direction, move, level == null ? null : level.getLevel(), now));
    if (PairLedger.changesLevel(move)) {
      emitLevel(record, pair, PairLedger.moved(move, report, now));
    }
  }

  private void emitAlert(Record<String, TaggedRelease> record, String eventKey, Alert alert) {
    alerts.put(eventKey, alert);
    context.forward(record.withKey(alert.getAlertId()).withValue(new AlertChanged(alert)));
  }

  private void emitLevel(Record<String, TaggedRelease> record, String pair, PairLevel level) {
    levels.put(pair, level);
    context.forward(record.withKey(pair).withValue(new LedgerChanged(level)));
  }
}
