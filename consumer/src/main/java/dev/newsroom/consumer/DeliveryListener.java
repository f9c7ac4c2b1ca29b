package dev.newsroom.consumer;

import java.time.Duration;

/** Hears what routed delivery read and did, per channel: for metrics and the live desk page. Called on the delivery thread; must be quick. */
public interface DeliveryListener {

  DeliveryListener NONE = new DeliveryListener() {};

  /** Both, in this order. */
  static DeliveryListener both(DeliveryListener first, DeliveryListener second) {
    return new DeliveryListener() {
      @Override
      public void received(dev.newsroom.avro.Alert alert) {
        first.received(alert);
        second.received(alert);
      }

      @Override
      public void delivered(String channel, Duration sinceUpdate) {
        first.delivered(channel, sinceUpdate);
        second.delivered(channel, sinceUpdate);
      }

      @Override
      public void retried(String channel, int attempt) {
        first.retried(channel, attempt);
        second.retried(channel, attempt);
      }

      @Override
      public void parked(String channel) {
        first.parked(channel);
        second.parked(channel);
      }
    };
  }

  /** An alert version was read from the alerts topic, before it is routed. */
  default void received(dev.newsroom.avro.Alert alert) {}

  /**
   * @param sinceUpdate from the alert version's {@code updatedAt} (its latest report processed) to delivery
   */
  default void delivered(String channel, Duration sinceUpdate) {}

  /** A try failed and the alert went to the retry topic. */
  default void retried(String channel, int attempt) {}

  /** The alert went to the parked topic. */
  default void parked(String channel) {}
}
