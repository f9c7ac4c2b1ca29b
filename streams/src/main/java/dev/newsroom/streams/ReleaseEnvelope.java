package dev.newsroom.streams;

import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.streams.DedupMessage.Release;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** Wraps an accepted release, with its event time, for its home deduplication decider. */
final class ReleaseEnvelope implements FixedKeyProcessor<String, TaggedRelease, DedupMessage> {

  private FixedKeyProcessorContext<String, DedupMessage> context;

  @Override
  public void init(FixedKeyProcessorContext<String, DedupMessage> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, TaggedRelease> record) {
    long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(0L);
    context.forward(record.withValue(new Release(record.value().getId(), record.timestamp(), offset,
        record.value())));
  }
}
