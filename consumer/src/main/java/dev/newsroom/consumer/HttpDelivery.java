package dev.newsroom.consumer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POSTs one body to an HTTP endpoint with the shared rules of every HTTP channel: a timeout per try;
 * connection errors, timeouts, {@code 429} and {@code 5xx} retried with {@link Backoff} (a longer
 * {@code Retry-After} is honoured up to the backoff's maximum); other statuses are final; {@code 410 Gone}
 * disables the endpoint for good, with the reason logged once, and every later delivery fails permanently.
 */
final class HttpDelivery {

  private static final Logger log = LoggerFactory.getLogger(HttpDelivery.class);

  private final String channel;
  /** The channel with its URL, named once: a channel called after its URL ("webhook URL") is not repeated. */
  private final String who;
  private final URI target;
  private final HttpClient http;
  private final Backoff backoff;
  private final Duration timeout;
  private final Clock clock;
  private volatile String disabledReason;

  HttpDelivery(String channel, URI target, Backoff backoff, Duration timeout, Clock clock) {
    if (!"http".equals(target.getScheme()) && !"https".equals(target.getScheme())) {
      throw new IllegalArgumentException("webhook URL must be http or https: " + target);
    }
    this.channel = channel;
    this.who = channel.contains(target.toString()) ? channel : channel + " (" + target + ")";
    this.target = target;
    this.backoff = backoff;
    this.timeout = timeout;
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  /** Null while the endpoint is enabled, else why it was disabled. */
  String disabledReason() {
    return disabledReason;
  }

  /**
   * @param id the delivery id, the same on every try, for logs
   * @param headers the headers of one try, asked again before each try (a signature covers its timestamp)
   */
  void post(String id, Supplier<Map<String, String>> headers, String body) throws DeliveryException {
    if (disabledReason != null) {
      throw new DeliveryException(who + " is disabled: " + disabledReason, true);
    }
    String lastProblem = "";
    for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
      Duration retryAfter = Duration.ZERO;
      HttpRequest.Builder request = HttpRequest.newBuilder(target)
          .timeout(timeout)
          .header("Content-Type", "application/json")
          .header("User-Agent", "newsroom-alerts")
          .POST(HttpRequest.BodyPublishers.ofString(body));
      headers.get().forEach(request::header);
      try {
        HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
          return;
        }
        lastProblem = "HTTP " + status;
        if (status == 410) {
          disabledReason = "HTTP 410 Gone at " + Instant.now(clock);
          log.error("{} disabled: the receiver answered 410 Gone for {}; no more deliveries until restarted with "
              + "a new URL", channel, id);
          throw new DeliveryException(who + " is disabled: " + disabledReason, true);
        }
        if (status != 429 && status < 500) {
          throw new DeliveryException(who + " refused alert " + id + ": " + lastProblem, true);
        }
        retryAfter = response.headers().firstValue("Retry-After").map(HttpDelivery::seconds).orElse(Duration.ZERO);
      } catch (IOException e) {
        lastProblem = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new DeliveryException("interrupted while delivering " + id, e);
      }
      log.warn("{} attempt {}/{} for {} failed: {}", channel, attempt, backoff.maxAttempts(), id, lastProblem);
      if (attempt < backoff.maxAttempts()) {
        Duration delay = backoff.delayBefore(attempt);
        pause(retryAfter.compareTo(delay) > 0 ? min(retryAfter, backoff.max()) : delay);
      }
    }
    throw new DeliveryException(who + " failed " + backoff.maxAttempts() + " times for alert "
        + id + "; last: " + lastProblem);
  }

  private static Duration seconds(String header) {
    try {
      return Duration.ofSeconds(Long.parseLong(header.strip()));
    } catch (NumberFormatException e) {
      return Duration.ZERO; // an HTTP date: the backoff decides
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
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
