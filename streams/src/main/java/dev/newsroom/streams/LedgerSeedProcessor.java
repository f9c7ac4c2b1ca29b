package dev.newsroom.streams;

import dev.newsroom.avro.PairLevel;
import dev.newsroom.streams.PairEvent.LedgerChanged;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Loads a known relationship (from the ledger seeds topic) into the ledger. A seed never overrides a level
 * that releases established, so reloading an old CSV cannot roll the ledger back.
 */
final class LedgerSeedProcessor implements Processor<String, PairLevel, String, PairEvent> {

  private ProcessorContext<String, PairEvent> context;
  private KeyValueStore<String, PairLevel> levels;

  @Override
  public void init(ProcessorContext<String, PairEvent> context) {
    this.context = context;
    this.levels = context.getStateStore(NewsroomTopology.LEDGER_STORE);
  }

  @Override
  public void process(Record<String, PairLevel> record) {
    if (record.key() == null || record.value() == null) {
      return;
    }
    PairLevel current = levels.get(record.key());
    if (current != null && "release".equals(current.getOrigin())) {
      return;
    }
    PairLevel seed = PairLevel.newBuilder(record.value()).setOrigin("seed").build();
    levels.put(record.key(), seed);
    context.forward(record.withValue(new LedgerChanged(seed)));
  }
}
