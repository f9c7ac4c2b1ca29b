package dev.newsroom.streams;

import dev.newsroom.analysis.similarity.Sketch;
import dev.newsroom.avro.internal.NearDuplicateKind;
import dev.newsroom.avro.internal.NearDuplicateMessage;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * For one LSH band: compares a release with the earlier releases that share the band, and emits one VERDICT
 * per release and band, keyed by release id (the most similar earlier release at or above the threshold, or
 * none). Only an earlier release can be an original, so two near-duplicates processed at once in different
 * bands never make each other duplicates. The window store forgets band entries past the retention.
 */
final class LshBandMatcher implements Processor<String, NearDuplicateMessage, String, NearDuplicateMessage> {

  private final String storeName;
  private final long retentionMs;
  private final double threshold;
  private ProcessorContext<String, NearDuplicateMessage> context;
  private WindowStore<String, NearDuplicateMessage> bands;

  LshBandMatcher(String storeName, Duration retention, double threshold) {
    this.storeName = storeName;
    this.retentionMs = retention.toMillis();
    this.threshold = threshold;
  }

  @Override
  public void init(ProcessorContext<String, NearDuplicateMessage> context) {
    this.context = context;
    this.bands = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, NearDuplicateMessage> record) {
    NearDuplicateMessage incoming = record.value();
    byte[] sketch = bytes(incoming.getSketch());
    String bestId = null;
    double best = 0;
    try (WindowStoreIterator<NearDuplicateMessage> earlier =
        bands.fetch(record.key(), record.timestamp() - retentionMs, record.timestamp() + retentionMs)) {
      while (earlier.hasNext()) {
        NearDuplicateMessage candidate = earlier.next().value;
        if (candidate.getReleaseId().equals(incoming.getReleaseId())
            || !NearDuplicateMessages.earlier(candidate.getOrderTime(), candidate.getReleaseId(),
                incoming.getOrderTime(), incoming.getReleaseId())) {
          continue;
        }
        double similarity = Sketch.similarity(sketch, bytes(candidate.getSketch()));
        if (similarity >= threshold && similarity > best) {
          best = similarity;
          bestId = candidate.getReleaseId();
        }
      }
    }
    bands.put(record.key(), incoming, record.timestamp());
    NearDuplicateMessage verdict = NearDuplicateMessage.newBuilder()
        .setKind(NearDuplicateKind.VERDICT)
        .setReleaseId(incoming.getReleaseId())
        .setOrderTime(incoming.getOrderTime())
        .setMatchId(bestId)
        .setSimilarity(best)
        .build();
    context.forward(record.withKey(incoming.getReleaseId()).withValue(verdict));
  }

  private static byte[] bytes(ByteBuffer buffer) {
    byte[] bytes = new byte[buffer.remaining()];
    buffer.duplicate().get(bytes);
    return bytes;
  }

}
