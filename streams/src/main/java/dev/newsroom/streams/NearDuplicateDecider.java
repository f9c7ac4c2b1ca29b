package dev.newsroom.streams;

import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import dev.newsroom.avro.internal.NearDuplicateKind;
import dev.newsroom.avro.internal.NearDuplicateMessage;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Gathers, per release, the release itself and one verdict from each LSH band, then decides: a near-duplicate
 * of the most similar earlier release, or unique. The pending entry is deleted once decided, so the store holds
 * only releases in flight.
 */
final class NearDuplicateDecider implements FixedKeyProcessor<String, NearDuplicateMessage, TaggedRelease> {

  private final String storeName;
  private final int bands;
  private FixedKeyProcessorContext<String, TaggedRelease> context;
  private KeyValueStore<String, NearDuplicateMessage> pending;

  NearDuplicateDecider(String storeName, int bands) {
    this.storeName = storeName;
    this.bands = bands;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, TaggedRelease> context) {
    this.context = context;
    this.pending = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, NearDuplicateMessage> record) {
    NearDuplicateMessage message = record.value();
    NearDuplicateMessage state = pending.get(record.key());
    if (state == null) {
      state = NearDuplicateMessage.newBuilder()
          .setKind(NearDuplicateKind.PENDING)
          .setReleaseId(message.getReleaseId())
          .setOrderTime(message.getOrderTime())
          .build();
    }
    if (message.getKind() == NearDuplicateKind.RELEASE) {
      state.setRelease(message.getRelease());
    } else {
      state.setCount(state.getCount() + 1);
      if (message.getMatchId() != null && message.getSimilarity() > state.getSimilarity()) {
        state.setMatchId(message.getMatchId());
        state.setSimilarity(message.getSimilarity());
      }
    }
    if (state.getRelease() == null || state.getCount() < bands) {
      pending.put(record.key(), state);
      return;
    }
    pending.delete(record.key());
    TaggedRelease release = state.getRelease();
    if (state.getMatchId() != null) {
      release = TaggedRelease.newBuilder(release)
          .setVerdict(Verdict.DUPLICATE)
          .setDuplicateOf(state.getMatchId())
          .setSimilarity(Math.round(state.getSimilarity() * 1000) / 1000.0)
          .build();
    }
    context.forward(record.withValue(release));
  }
}
