package dev.newsroom.streams;

import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.schemas.Contracts;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When any processor of the topology throws on a record, that record goes to the rejected-records topic with the
 * step that failed (the processor's name), the reason and the bytes it was read from, and processing goes on:
 * one bad record, or one bug met by one record, never stops the pipeline nor is lost. Under exactly-once the
 * rejection is written in the same transaction as the rest of the task's output. The checks that expect bad input
 * (decode, validate) reject on their own with a precise reason; this handler is for everything else.
 */
public final class RejectingProcessingExceptionHandler implements ProcessingExceptionHandler {

  /** Streams property naming the rejected-records topic; set by {@link NewsroomStreams}, not by users. */
  public static final String REJECTED_TOPIC = "dev.newsroom.rejected.topic";
  /**
   * Streams property holding the rejected topic's value {@code Serializer<RejectedRecord>} (an object, set by
   * {@link NewsroomStreams}), so that rejections are in the topic's wire format; single-object encoding without it.
   */
  public static final String REJECTED_SERIALIZER = "dev.newsroom.rejected.serializer";

  private static final Logger log = LoggerFactory.getLogger(RejectingProcessingExceptionHandler.class);

  private String rejectedTopic;
  private Serializer<RejectedRecord> rejectedValues = Contracts.REJECTED_RECORD.serializer();

  @Override
  public void configure(Map<String, ?> configs) {
    Object topic = configs.get(REJECTED_TOPIC);
    if (topic == null || topic.toString().isBlank()) {
      throw new ConfigException(REJECTED_TOPIC, topic, "the rejected-records topic must be set for "
          + getClass().getSimpleName());
    }
    rejectedTopic = topic.toString();
    Object serializer = configs.get(REJECTED_SERIALIZER);
    if (serializer != null) {
      if (!(serializer instanceof Serializer<?>)) {
        throw new ConfigException(REJECTED_SERIALIZER, serializer, "must be a Serializer<RejectedRecord> object");
      }
      @SuppressWarnings("unchecked")
      Serializer<RejectedRecord> values = (Serializer<RejectedRecord>) serializer;
      rejectedValues = values;
    }
  }

  @Override
  public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
    String step = context.processorNodeId();
    log.warn("step {} failed on the record at {}-{}@{}; it goes to {}", step, context.topic(), context.partition(),
        context.offset(), rejectedTopic, exception);
    RejectedRecord rejection = RejectedRecord.newBuilder()
        .setReason(step + " failed: " + exception)
        .setStep(step)
        .setTopic(context.topic() == null ? "" : context.topic())
        .setPartition(context.partition())
        .setOffset(context.offset())
        .setOriginalKey(wrap(context.sourceRawKey()))
        .setOriginalValue(wrap(context.sourceRawValue()))
        .setRejectedAt(Instant.now())
        .build();
    byte[] value = rejectedValues.serialize(rejectedTopic, rejection);
    return Response.resume(List.of(new ProducerRecord<>(rejectedTopic, null, context.timestamp(),
        context.sourceRawKey(), value)));
  }

  private static ByteBuffer wrap(byte[] bytes) {
    return bytes == null ? null : ByteBuffer.wrap(bytes);
  }
}
