package dev.newsroom.consumer.channel;

import dev.newsroom.consumer.format.SlackMessage;
import dev.newsroom.avro.Alert;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Posts each alert to a Slack incoming webhook as a Block Kit message, at most one message per second to the
 * channel (Slack's limit for incoming webhooks; sinks posting to the same webhook URL share the pace); {@code 429} is retried after its {@code Retry-After}.
 */
public final class SlackSink implements AlertSink {

  public static final Duration ONE_PER_SECOND = Duration.ofSeconds(1);
  private static final Map<URI, MinimumInterval> PACES = new ConcurrentHashMap<>();

  private final HttpDelivery delivery;
  private final MinimumInterval pace;

  public SlackSink(String channel, URI url, Backoff backoff, Duration timeout, Clock clock) {
    this(channel, url, backoff, timeout, clock, ONE_PER_SECOND);
  }

  SlackSink(String channel, URI url, Backoff backoff, Duration timeout, Clock clock, Duration interval) {
    this.delivery = new HttpDelivery(channel, url, backoff, timeout, clock);
    // Two desk channels with the same Slack webhook are one Slack channel: they share the pace.
    this.pace = PACES.computeIfAbsent(url, u -> new MinimumInterval(interval, clock));
  }

  @Override
  public void deliver(Alert alert) throws DeliveryException {
    try {
      pace.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while pacing Slack messages", e);
    }
    delivery.post(WebhookSink.webhookId(alert), Map::of, SlackMessage.toJson(alert));
  }
}
