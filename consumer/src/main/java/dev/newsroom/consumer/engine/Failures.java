package dev.newsroom.consumer.engine;

import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.channel.DeliveryException;
import dev.newsroom.schemas.TopicSpec;
import java.util.Optional;

/**
 * What the delivery engine does with a try that failed: {@link StopOnFailure} ends the run with the batch
 * uncommitted (the console, {@code --json}, {@code --webhook}); {@link RetryTopics} writes it to the retry or parked
 * topic and lets the other channels go on (a desk file).
 */
public interface Failures extends AutoCloseable {

  /**
   * @param failure a {@link DeliveryException} or a {@link RuntimeException} from the channel
   * @throws DeliveryException to end the run; the batch's offsets stay uncommitted
   */
  void failed(FailedTry failedTry, Exception failure) throws DeliveryException;

  /** The channel is not in the desk any more (a retry written by an earlier desk file): give up on it. */
  void gone(FailedTry failedTry, String reason);

  /** The retry topic to read beside the alerts topic, if failed tries wait on one. */
  Optional<TopicSpec<String, PendingDelivery>> retryTopic();

  /** Returns once everything written for the batch is safely stored; called before its offsets are committed. */
  void flush();

  @Override
  default void close() {}
}
