package dev.newsroom.consumer;

import dev.newsroom.consumer.channel.Backoff;
import dev.newsroom.consumer.desk.Desk;
import dev.newsroom.schemas.Topics;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Everything {@link DeliveryApp} needs, already checked: the command line builds it from the layered settings.
 *
 * @param consumer Kafka consumer properties, {@code enable.auto.commit=false}, the group chosen
 * @param producer Kafka producer properties for the retry, parked and acknowledgement topics
 * @param deliveryTopics the retry, parked, acknowledgement and feedback topics; null without a desk file
 * @param metrics where to serve Prometheus metrics with a desk file, or null for none
 * @param page the live desk page, or null for none
 * @param idleExit null to run until stopped
 */
public record DeliverySettings(Properties consumer, Properties producer, Topics topics, DeliveryTopics deliveryTopics,
    Channels channels, Retries retries, Endpoint metrics, Page page, boolean fromBeginning, Duration idleExit) {

  public DeliverySettings {
    if (page != null && channels.desk() == null) {
      throw new IllegalArgumentException("--page needs --desk");
    }
  }

  /** Whether a desk file routes the alerts (retry and parked topics, metrics, page) rather than the built-in desk. */
  public boolean routed() {
    return channels.desk() != null;
  }

  /**
   * A desk file's plan, or (desk null) the built-in desk: the console, readable or JSON, unless quiet, and webhooks.
   */
  public record Channels(Desk desk, boolean json, boolean quiet, List<URI> webhooks) {

    public Channels {
      webhooks = List.copyOf(webhooks);
      if (desk != null && (json || quiet || !webhooks.isEmpty())) {
        throw new IllegalArgumentException("--desk routes every alert itself; drop --json, --quiet and --webhook "
            + "(use the desk file's channels)");
      }
    }
  }

  /**
   * @param schedule the tries per channel, and the waits between them on the retry topic (desk file)
   * @param tryBackoff the short in-process retries of one try (desk file)
   * @param webhookBackoff the retries of a {@code --webhook} (no retry topic)
   * @param timeout of one HTTP request or SMTP connection
   */
  public record Retries(Backoff schedule, Backoff tryBackoff, Backoff webhookBackoff, Duration timeout) {}

  /** A server's address; port 0 picks a free one. */
  public record Endpoint(String host, int port) {}

  /** The live desk page: its address and the token officers sign in with. */
  public record Page(Endpoint endpoint, String token) {

    @Override
    public String toString() {
      return "Page[" + endpoint + "]";
    }
  }
}
