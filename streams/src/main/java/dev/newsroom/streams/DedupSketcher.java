package dev.newsroom.streams;

import dev.newsroom.analysis.similarity.MinHash;
import dev.newsroom.analysis.similarity.Sketch;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.streams.DedupMessage.SketchOf;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Turns an accepted release into its sketch message: MinHash sketch, 64 bits of fingerprint, its event time
 * (the raw record's timestamp) and the raw partition it came from (for the watermark).
 */
final class DedupSketcher implements FixedKeyProcessor<String, TaggedRelease, DedupMessage> {

  private final MinHash minHash;
  private FixedKeyProcessorContext<String, DedupMessage> context;

  DedupSketcher(MinHash minHash) {
    this.minHash = minHash;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, DedupMessage> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, TaggedRelease> record) {
    TaggedRelease release = record.value();
    int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(0);
    long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(0L);
    byte[] sketch = Sketch.of(minHash.signature(release.getNormalizedText()));
    context.forward(record.withValue(new SketchOf(release.getId(), record.timestamp(), offset, partition,
        SketchEntries.fingerprintBits(release.getFingerprint()), sketch)));
  }
}
