package dev.newsroom.streams;

import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Marks a release DUPLICATE when a release with the same normalised-content fingerprint was seen within the
 * retention. Records arrive keyed by fingerprint, so copies meet in the same task whatever partition their
 * release landed on. The window store drops whole segments past the retention, which bounds the state.
 */
final class ExactDeduplicator implements FixedKeyProcessor<String, TaggedRelease, TaggedRelease> {

  private final String storeName;
  private final long retentionMs;
  private FixedKeyProcessorContext<String, TaggedRelease> context;
  private WindowStore<String, String> seen;

  ExactDeduplicator(String storeName, Duration retention) {
    this.storeName = storeName;
    this.retentionMs = retention.toMillis();
  }

  @Override
  public void init(FixedKeyProcessorContext<String, TaggedRelease> context) {
    this.context = context;
    this.seen = context.getStateStore(storeName);
  }

  @Override
  public void process(FixedKeyRecord<String, TaggedRelease> record) {
    String fingerprint = record.key();
    long time = record.timestamp();
    String original = firstSeen(fingerprint, time);
    if (original == null) {
      seen.put(fingerprint, record.value().getId(), time);
      context.forward(record);
      return;
    }
    TaggedRelease duplicate = TaggedRelease.newBuilder(record.value())
        .setVerdict(Verdict.DUPLICATE)
        .setDuplicateOf(original)
        .setSimilarity(1.0)
        .build();
    context.forward(record.withValue(duplicate));
  }

  private String firstSeen(String fingerprint, long time) {
    try (WindowStoreIterator<String> earlier =
        seen.fetch(fingerprint, time - retentionMs, time + retentionMs)) {
      return earlier.hasNext() ? earlier.next().value : null;
    }
  }
}
