package dev.newsroom.streams;

import dev.newsroom.avro.PairLevel;
import dev.newsroom.streams.PairEvent.LedgerChanged;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Loads a known relationship (from the ledger seeds topic) into the ledger. A seed never overrides a level
 * that releases established, on either ladder, so reloading an old CSV cannot roll the ledger back; it fills
 * what releases have not established (a partnership level beside a representation reported, say).
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
    PairLevel seed = merged(current, PairLevel.newBuilder(record.value()).setOrigin("seed").build());
    if (seed.equals(current)) {
      return;
    }
    levels.put(record.key(), seed);
    context.forward(record.withValue(new LedgerChanged(seed)));
  }

  /** The seed where releases have established nothing, the current entry where they have, per ladder. */
  static PairLevel merged(PairLevel current, PairLevel seed) {
    if (current == null) {
      return seed;
    }
    boolean levelFromReleases = "release".equals(current.getOrigin()) && current.getLevel() != null;
    boolean representationFromReleases = current.getRepresentation() != null
        && !current.getRepresentation().getEstablishedBy().isEmpty();
    PairLevel.Builder next = PairLevel.newBuilder(levelFromReleases ? current : seed);
    if (representationFromReleases || seed.getRepresentation() == null) {
      next.setRepresentation(current.getRepresentation());
    }
    if (!levelFromReleases && seed.getLevel() == null) {
      // A seed of the representation only keeps the partnership level known so far.
      next.setLevel(current.getLevel()).setSince(current.getSince()).setEstablishedBy(current.getEstablishedBy())
          .setOrigin(current.getOrigin());
    }
    return next.build();
  }
}
