package dev.newsroom.consumer.engine;

import dev.newsroom.avro.Alert;
import dev.newsroom.consumer.channel.WebhookSink;
import java.time.Instant;

/**
 * One try of one alert version on one channel that did not succeed.
 *
 * @param alertBytes the alert as read from the alerts topic, carried unchanged to the retry and parked topics
 * @param attempt 1 for the first try
 * @param failedSince when the first try of this alert on this channel failed
 */
public record FailedTry(String channel, Alert alert, byte[] alertBytes, int attempt, Instant failedSince) {

  /** The delivery id receivers drop repeats by: {@code <alertId>-v<version>}, the {@code webhook-id}. */
  public String deliveryId() {
    return WebhookSink.webhookId(alert);
  }
}
