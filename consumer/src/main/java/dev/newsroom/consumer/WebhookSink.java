package dev.newsroom.consumer;

import dev.newsroom.avro.UpgradeAlert;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs each alert as JSON. Connection errors, timeouts, {@code 429} and {@code 5xx} are retried with
 * {@link Backoff}; any other status is final. {@code webhook-id} is the same on every try of one alert
 * version, so a receiver can drop repeats.
 */
public final class WebhookSink implements AlertSink {

  private static final Logger log = LoggerFactory.getLogger(WebhookSink.class);

  private final URI target;
  private final HttpClient http;
  private final Backoff backoff;
  private final Duration timeout;

  public WebhookSink(URI target, Backoff backoff, Duration timeout) {
    if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
      throw new IllegalArgumentException("webhook URL must be http or https: " + target);
    }
    this.target = target;
    this.backoff = backoff;
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  public static String webhookId(UpgradeAlert alert) {
    return alert.getAlertId() + "-v" + alert.getVersion();
  }

  @Override
  public void deliver(UpgradeAlert alert) throws DeliveryException {
    HttpRequest request = HttpRequest.newBuilder(target)
        .timeout(timeout)
        .header("Content-Type", "application/json")
        .header("User-Agent", "newsroom-alerts")
        .header("webhook-id", webhookId(alert))
        .POST(HttpRequest.BodyPublishers.ofString(AlertJson.toJson(alert)))
        .build();
    String lastProblem = "";
    for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
      if (attempt > 1) {
        pause(backoff.delayBefore(attempt - 1));
      }
      try {
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status >= 200 && status < 300) {
          return;
        }
        lastProblem = "HTTP " + status;
        if (status != 429 && status < 500) {
          throw new DeliveryException("webhook " + target + " refused alert " + webhookId(alert) + ": " + lastProblem);
        }
      } catch (IOException e) {
        lastProblem = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeliveryException("interrupted while delivering " + webhookId(alert), e);
      }
      log.warn("webhook attempt {}/{} for {} failed: {}", attempt, backoff.maxAttempts(), webhookId(alert), lastProblem);
    }
    throw new DeliveryException("webhook " + target + " failed " + backoff.maxAttempts() + " times for alert "
        + webhookId(alert) + "; last: " + lastProblem);
  }

  private static void pause(Duration delay) throws DeliveryException {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted during backoff", e);
    }
  }
}
