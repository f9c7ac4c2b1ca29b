package dev.newsroom.app;

import dev.newsroom.app.config.ConfigException;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.consumer.MetricsServer;
import dev.newsroom.consumer.page.DeskBoard;
import dev.newsroom.consumer.page.DeskPage;
import dev.newsroom.consumer.page.KafkaAcknowledger;
import dev.newsroom.consumer.page.DeskFeeds;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import dev.newsroom.app.kafka.DeliveryTopicAdmin;
import dev.newsroom.consumer.AlertSink;
import dev.newsroom.consumer.Backoff;
import dev.newsroom.consumer.DeliveryListener;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.consumer.RoutedAlertConsumer;
import dev.newsroom.consumer.desk.Desk;
import dev.newsroom.consumer.desk.DeskChannels;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/** Wires {@code newsroom alerts --desk}: the desk's channels, its router, the retry and parked topics. */
final class DeskDelivery {

  private static final Logger log = LoggerFactory.getLogger(DeskDelivery.class);

  private DeskDelivery() {}

  static DeliveryTopics topics(NewsroomConfig settings) {
    return DeliveryTopics.from(settings.newsroomSettings());
  }

  static void ensureTopics(NewsroomConfig settings) {
    DeliveryTopicAdmin.ensure(settings.kafka("admin"), topics(settings),
        settings.positiveInt("newsroom.topic.partitions"),
        (short) settings.positiveInt("newsroom.topic.replication.factor"));
  }

  /** The Prometheus endpoint, or null when {@code newsroom.metrics.enabled=false}. */
  static MetricsServer metricsServer(NewsroomConfig settings, PrometheusMeterRegistry registry) {
    String enabled = settings.get("newsroom.metrics.enabled");
    if (!"true".equals(enabled) && !"false".equals(enabled)) {
      throw new ConfigException("newsroom.metrics.enabled", "must be true or false");
    }
    if ("false".equals(enabled)) {
      return null;
    }
    MetricsServer server;
    try {
      server = MetricsServer.start(registry, settings.get("newsroom.metrics.host"),
          settings.port("newsroom.metrics.port"));
    } catch (IllegalStateException portInUse) {
      throw new IllegalStateException(portInUse.getMessage() + " (choose another with newsroom.metrics.port or "
          + "NEWSROOM_METRICS_PORT, 0 picks a free one; or newsroom.metrics.enabled=false)");
    }
    log.info("delivery metrics at {}", server.uri());
    return server;
  }

  /** The desk page's board, filled with every alert, acknowledgement, correction and ledger entry so far. */
  static DeskBoard board(NewsroomConfig settings, Properties consumerProperties) {
    DeskBoard board = new DeskBoard();
    DeskFeeds.fill(board, consumerProperties, settings.topics(), topics(settings), Duration.ofMinutes(2));
    return board;
  }

  /** Keeps the board current with every other desk page instance, the ledger and what the pipeline set aside. */
  static DeskFeeds follow(NewsroomConfig settings, Properties consumerProperties, DeskBoard board) {
    return DeskFeeds.follow(board, consumerProperties, settings.topics(), topics(settings));
  }

  static KafkaAcknowledger acknowledger(NewsroomConfig settings) {
    DeliveryTopics topics = topics(settings);
    return new KafkaAcknowledger(settings.kafka("producer"), topics.acks(), topics.feedback());
  }

  /** Checked before anything is read, so that a page without a token fails at once. */
  static String pageToken(NewsroomConfig settings) {
    String token = settings.get("newsroom.page.token");
    if (token.length() < 16) {
      throw new ConfigException("newsroom.page.token", "must be set (NEWSROOM_PAGE_TOKEN) to at least 16 characters "
          + "for --page");
    }
    return token;
  }

  static DeskPage page(NewsroomConfig settings, DeskBoard board, KafkaAcknowledger acknowledger, String token) {
    try {
      return DeskPage.start(board, acknowledger, acknowledger, token, settings.get("newsroom.page.host"),
          settings.port("newsroom.page.port"), Clock.systemUTC());
    } catch (IllegalStateException portInUse) {
      throw new IllegalStateException(portInUse.getMessage() + " (choose another with newsroom.page.port or "
          + "NEWSROOM_PAGE_PORT; 0 picks a free one)");
    }
  }

  /** The tries per channel, and the waits between them on the retry topic. */
  static Backoff retrySchedule(NewsroomConfig settings) {
    return new Backoff(settings.positiveInt("newsroom.delivery.attempts"),
        settings.duration("newsroom.delivery.retry.initial"), settings.duration("newsroom.delivery.retry.max"));
  }

  /** The short in-process retries of one try. */
  static Backoff tryBackoff(NewsroomConfig settings) {
    return new Backoff(settings.positiveInt("newsroom.delivery.try.attempts"), Duration.ofMillis(200),
        Duration.ofSeconds(2));
  }

  static RoutedAlertConsumer consumer(NewsroomConfig settings, Desk desk, Properties consumerProperties,
      PrintWriter console, DeliveryListener listener) {
    Backoff schedule = retrySchedule(settings);
    Map<String, AlertSink> sinks = DeskChannels.build(desk, tryBackoff(settings),
        settings.duration("newsroom.webhook.timeout"), Clock.systemUTC(), console);
    return new RoutedAlertConsumer(consumerProperties, settings.kafka("producer"), settings.topics().alerts(),
        topics(settings), desk::channelsFor, sinks, schedule, Clock.systemUTC(), listener);
  }
}
