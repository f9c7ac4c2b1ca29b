package dev.newsroom.consumer.channel;

import dev.newsroom.consumer.AlertCloudEvent;
import dev.newsroom.consumer.AlertJson;
import dev.newsroom.consumer.webhook.WebhookSigner;
import dev.newsroom.avro.Alert;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * POSTs each alert as JSON, the Standard Webhooks way: {@code webhook-id} is the same on every try of one alert
 * version ({@code <alertId>-v<version>}), so a receiver can drop repeats; {@code webhook-timestamp} is the try's
 * unix time; with a {@link WebhookSigner}, {@code webhook-signature} signs {@code id.timestamp.body}. The
 * CloudEvents attributes travel as {@code ce-*} headers. Retries and {@code 410} follow {@link HttpDelivery}.
 */
public final class WebhookSink implements AlertSink {

  private final HttpDelivery delivery;
  private final WebhookSigner signer;
  private final Clock clock;

  public WebhookSink(URI target, Backoff backoff, Duration timeout) {
    this("webhook " + target, target, backoff, timeout, null, Clock.systemUTC());
  }

  /**
   * @param signer null to send unsigned deliveries
   */
  public WebhookSink(String channel, URI target, Backoff backoff, Duration timeout, WebhookSigner signer, Clock clock) {
    this.delivery = new HttpDelivery(channel, target, backoff, timeout, clock);
    this.signer = signer;
    this.clock = clock;
  }

  public static String webhookId(Alert alert) {
    return alert.getAlertId() + "-v" + alert.getVersion();
  }

  /** Null while enabled; the reason once a {@code 410 Gone} disabled the endpoint. */
  public String disabledReason() {
    return delivery.disabledReason();
  }

  @Override
  public void deliver(Alert alert) throws DeliveryException {
    String id = webhookId(alert);
    String body = AlertJson.toJson(alert);
    Map<String, String> cloudEvent = AlertCloudEvent.of(alert).httpHeaders();
    delivery.post(id, () -> {
      long timestamp = clock.instant().getEpochSecond();
      Map<String, String> headers = new LinkedHashMap<>(cloudEvent);
      headers.put("webhook-id", id);
      headers.put("webhook-timestamp", Long.toString(timestamp));
      if (signer != null) {
        headers.put("webhook-signature", signer.signatureHeader(id, timestamp, body));
      }
      return headers;
    }, body);
  }
}
