package dev.newsroom.streams;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes, validates and tags one raw record. Anything that goes wrong on the way becomes a
 * {@link RejectedRecord} carrying the reason and the original bytes, so that bad input never stops the
 * pipeline and is never silently dropped.
 */
final class CheckReleaseProcessor implements FixedKeyProcessor<String, byte[], Checked> {

  private static final Logger log = LoggerFactory.getLogger(CheckReleaseProcessor.class);

  private final Deserializer<RawRelease> rawValues;
  private final ReleaseTagger tagger;
  private FixedKeyProcessorContext<String, Checked> context;

  /** @param rawSerde the raw topic's value serde, whichever wire format it reads */
  CheckReleaseProcessor(Serde<RawRelease> rawSerde, ReleaseTagger tagger) {
    this.rawValues = rawSerde.deserializer();
    this.tagger = tagger;
  }

  @Override
  public void init(FixedKeyProcessorContext<String, Checked> context) {
    this.context = context;
  }

  @Override
  public void process(FixedKeyRecord<String, byte[]> record) {
    context.forward(record.withValue(check(record)));
  }

  private Checked check(FixedKeyRecord<String, byte[]> record) {
    RawRelease raw;
    try {
      raw = rawValues.deserialize(context.recordMetadata().map(RecordMetadata::topic).orElse(""), record.value());
    } catch (SerializationException e) {
      return reject(record, "decode", e.getMessage());
    }
    if (raw == null) {
      return reject(record, "decode", "record has no value (tombstone); a release needs a body");
    }
    Optional<String> problem = ReleaseValidator.problemWith(record.key(), raw);
    if (problem.isPresent()) {
      return reject(record, "validate", problem.get());
    }
    try {
      return Checked.accepted(tagger.tag(raw));
    } catch (RuntimeException e) {
      // A release our analysis cannot handle is a bug to fix, but it must not be lost meanwhile.
      log.warn("analysis failed for release {}", raw.getId(), e);
      return reject(record, "analyze", "analysis failed: " + e);
    }
  }

  private Checked reject(FixedKeyRecord<String, byte[]> record, String step, String reason) {
    Optional<RecordMetadata> metadata = context.recordMetadata();
    log.debug("rejected record at {}: {}", step, reason);
    return Checked.rejected(RejectedRecord.newBuilder()
        .setReason(reason)
        .setStep(step)
        .setTopic(metadata.map(RecordMetadata::topic).orElse(""))
        .setPartition(metadata.map(RecordMetadata::partition).orElse(-1))
        .setOffset(metadata.map(RecordMetadata::offset).orElse(-1L))
        .setOriginalKey(record.key() == null ? null : ByteBuffer.wrap(record.key().getBytes(StandardCharsets.UTF_8)))
        .setOriginalValue(record.value() == null ? null : ByteBuffer.wrap(record.value()))
        .setRejectedAt(Instant.ofEpochMilli(context.currentSystemTimeMs()))
        .build());
  }
}
