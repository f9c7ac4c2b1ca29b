package dev.newsroom.consumer.channel;

import dev.newsroom.avro.Alert;

/** Somewhere alerts are delivered. {@link #deliver} returns only once the alert is delivered. */
public interface AlertSink extends AutoCloseable {

  /**
   * Delivers one alert version.
   *
   * @throws DeliveryException when it could not be delivered after the sink's own retries
   */
  void deliver(Alert alert) throws DeliveryException;

  @Override
  default void close() {}
}
