package dev.newsroom.consumer.channel;

import dev.newsroom.consumer.AlertCloudEvent;
import dev.newsroom.consumer.format.TeamsCard;
import dev.newsroom.avro.Alert;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/** Posts each alert to a Microsoft Teams Workflows webhook as an Adaptive Card ({@link TeamsCard}). */
public final class TeamsSink implements AlertSink {

  private final HttpDelivery delivery;

  public TeamsSink(String channel, URI url, Backoff backoff, Duration timeout, Clock clock) {
    this.delivery = new HttpDelivery(channel, url, backoff, timeout, clock);
  }

  @Override
  public void deliver(Alert alert) throws DeliveryException {
    delivery.post(WebhookSink.webhookId(alert), () -> AlertCloudEvent.of(alert).httpHeaders(), TeamsCard.toJson(alert));
  }
}
