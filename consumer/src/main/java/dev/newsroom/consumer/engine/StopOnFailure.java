package dev.newsroom.consumer.engine;

import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.channel.DeliveryException;
import dev.newsroom.schemas.TopicSpec;
import java.util.Optional;

/**
 * Without retry topics a failed delivery ends the run: the batch is not committed, so its alerts are delivered
 * again on the next run, never lost (the channel already retried on its own).
 */
public final class StopOnFailure implements Failures {

  @Override
  public void failed(FailedTry failedTry, Exception failure) throws DeliveryException {
    if (failure instanceof DeliveryException e) {
      throw e;
    }
    throw (RuntimeException) failure;
  }

  @Override
  public void gone(FailedTry failedTry, String reason) {
    throw new IllegalStateException(reason);
  }

  @Override
  public Optional<TopicSpec<String, PendingDelivery>> retryTopic() {
    return Optional.empty();
  }

  @Override
  public void flush() {}
}
