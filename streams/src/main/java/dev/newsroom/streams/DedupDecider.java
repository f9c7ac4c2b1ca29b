package dev.newsroom.streams;

import dev.newsroom.analysis.similarity.OrderKey;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import dev.newsroom.streams.DedupMessage.Gathering;
import dev.newsroom.streams.DedupMessage.Partial;
import dev.newsroom.streams.DedupMessage.Release;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The release's home (input keyed by release id): gathers the release and one partial verdict from each
 * deduplication task, in any order, then gives the verdict: a duplicate of the earliest similar release any
 * task found, else unique. The entry is deleted once decided, so the store holds only releases in flight.
 */
final class DedupDecider implements FixedKeyProcessor<String, DedupMessage, TaggedRelease> {

  private final int partials;
  private FixedKeyProcessorContext<String, TaggedRelease> context;
  private KeyValueStore<String, DedupMessage> gathering;

  DedupDecider(int partials) {
    this.partials = partials;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, TaggedRelease> context) {
    this.context = context;
    this.gathering = context.getStateStore(NewsroomTopology.GATHERING_STORE);
  }

  @Override
  public void process(FixedKeyRecord<String, DedupMessage> record) {
    DedupMessage message = record.value();
    // One id may be published twice (republished later): each publication is its own entry.
    String key = message.id() + "@" + message.time() + "@" + message.offset();
    Gathering state = (Gathering) gathering.get(key);
    if (state == null) {
      state = new Gathering(message.id(), message.time(), message.offset(), null, 0, null, 0, 0, false);
    }
    if (message instanceof Release release) {
      if (state.release() == null) {
        state = new Gathering(state.id(), state.time(), state.offset(), release.release(), state.partials(), state.matchId(),
            state.matchTime(), state.similarity(), state.exact());
      }
    } else if (message instanceof Partial partial) {
      state = withPartial(state, partial);
    } else {
      throw new IllegalStateException("dedup decider got " + message.getClass().getSimpleName());
    }
    if (state.release() == null || state.partials() < partials) {
      gathering.put(key, state);
      return;
    }
    gathering.delete(key);
    context.forward(record.withValue(verdict(state)).withTimestamp(state.time()));
  }

  private static Gathering withPartial(Gathering state, Partial partial) {
    boolean earlier = partial.matchId() != null && (state.matchId() == null
        || OrderKey.compare(partial.matchTime(), partial.matchId(), state.matchTime(), state.matchId()) < 0);
    return earlier
        ? new Gathering(state.id(), state.time(), state.offset(), state.release(), state.partials() + 1, partial.matchId(),
            partial.matchTime(), partial.similarity(), partial.exact())
        : new Gathering(state.id(), state.time(), state.offset(), state.release(), state.partials() + 1, state.matchId(),
            state.matchTime(), state.similarity(), state.exact());
  }

  private static TaggedRelease verdict(Gathering state) {
    if (state.matchId() == null) {
      return state.release();
    }
    return TaggedRelease.newBuilder(state.release())
        .setVerdict(Verdict.DUPLICATE)
        .setDuplicateOf(state.matchId())
        .setSimilarity(state.exact() ? 1.0 : Math.round(state.similarity() * 1000) / 1000.0)
        .build();
  }
}
