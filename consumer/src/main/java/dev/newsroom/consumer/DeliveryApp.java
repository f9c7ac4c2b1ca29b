package dev.newsroom.consumer;

import dev.newsroom.consumer.channel.AlertSink;
import dev.newsroom.consumer.channel.Backoff;
import dev.newsroom.consumer.channel.DeliveryException;
import dev.newsroom.consumer.desk.Desk;
import dev.newsroom.consumer.desk.DeskChannels;
import dev.newsroom.consumer.engine.BuiltInDesk;
import dev.newsroom.consumer.engine.DeliveryEngine;
import dev.newsroom.consumer.engine.Failures;
import dev.newsroom.consumer.engine.RetryTopics;
import dev.newsroom.consumer.engine.StopOnFailure;
import dev.newsroom.consumer.page.DeskBoard;
import dev.newsroom.consumer.page.DeskFeeds;
import dev.newsroom.consumer.page.DeskPage;
import dev.newsroom.consumer.page.KafkaAcknowledger;
import dev.newsroom.schemas.run.ShutdownHook;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code newsroom alerts} as one object: {@link #start} opens the delivery engine and, with a desk file, the
 * metrics server and the live desk page; {@link #run} delivers until stopped (Ctrl-C, SIGTERM) or idle;
 * {@link #close} closes them in the reverse order. Without a desk file the console, {@code --json} and
 * {@code --webhook} are a built-in desk with one default route, and a failed delivery ends the run uncommitted.
 */
public final class DeliveryApp implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeliveryApp.class);

  private final DeliverySettings settings;
  private final Deque<AutoCloseable> opened;
  private final DeliveryEngine engine;

  private DeliveryApp(DeliverySettings settings, Deque<AutoCloseable> opened, DeliveryEngine engine) {
    this.settings = settings;
    this.opened = opened;
    this.engine = engine;
  }

  /**
   * Opens everything; what was opened is closed again when a later part fails (a port in use, say).
   *
   * @param console where console channels print
   */
  public static DeliveryApp start(DeliverySettings settings, PrintWriter console) {
    Deque<AutoCloseable> opened = new ArrayDeque<>();
    try {
      DeliveryEngine engine = settings.routed() ? routed(settings, console, opened) : builtIn(settings, console);
      opened.push(engine);
      return new DeliveryApp(settings, opened, engine);
    } catch (RuntimeException e) {
      closeAll(opened, e);
      throw e;
    }
  }

  private static DeliveryEngine builtIn(DeliverySettings settings, PrintWriter console) {
    DeliverySettings.Channels flags = settings.channels();
    Desk desk = BuiltInDesk.of(flags.json(), flags.quiet(), flags.webhooks());
    return engine(settings, desk, settings.retries().webhookBackoff(), console, new StopOnFailure(),
        DeliveryListener.NONE);
  }

  private static DeliveryEngine routed(DeliverySettings settings, PrintWriter console, Deque<AutoCloseable> opened) {
    Desk desk = settings.channels().desk();
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    DeliveryListener listener = new DeliveryMetrics(registry).register(desk.channels().keySet());
    DeskBoard board = settings.page() == null ? null : board(settings);
    if (board != null) {
      listener = DeliveryListener.both(listener, board);
    }
    if (settings.metrics() != null) {
      opened.push(metricsServer(settings.metrics(), registry));
    }
    if (board != null) {
      KafkaAcknowledger acknowledger = new KafkaAcknowledger(settings.producer(), settings.deliveryTopics().acks(),
          settings.deliveryTopics().feedback());
      opened.push(acknowledger);
      opened.push(DeskFeeds.follow(board, settings.consumer(), settings.topics(), settings.deliveryTopics()));
      opened.push(page(settings.page(), board, acknowledger));
    }
    Failures retries = new RetryTopics(
        new KafkaProducer<>(settings.producer(), new StringSerializer(), new ByteArraySerializer()),
        settings.deliveryTopics(), settings.retries().schedule(), Clock.systemUTC(), listener);
    return engine(settings, desk, settings.retries().tryBackoff(), console, retries, listener);
  }

  private static DeliveryEngine engine(DeliverySettings settings, Desk desk, Backoff tryBackoff, PrintWriter console,
      Failures failures, DeliveryListener listener) {
    Map<String, AlertSink> sinks = DeskChannels.build(desk, tryBackoff, settings.retries().timeout(),
        Clock.systemUTC(), console);
    return new DeliveryEngine(
        new KafkaConsumer<>(settings.consumer(), new StringDeserializer(), new ByteArrayDeserializer()),
        settings.topics().alerts(), desk::channelsFor, sinks, failures, Clock.systemUTC(), listener);
  }

  /** The desk page's board, filled with every alert, acknowledgement, correction and ledger entry so far. */
  private static DeskBoard board(DeliverySettings settings) {
    DeskBoard board = new DeskBoard();
    DeskFeeds.fill(board, settings.consumer(), settings.topics(), settings.deliveryTopics(), Duration.ofMinutes(2));
    return board;
  }

  private static MetricsServer metricsServer(DeliverySettings.Endpoint at, PrometheusMeterRegistry registry) {
    MetricsServer server;
    try {
      server = MetricsServer.start(registry, at.host(), at.port());
    } catch (IllegalStateException portInUse) {
      throw new IllegalStateException(portInUse.getMessage() + " (choose another with newsroom.metrics.port or "
          + "NEWSROOM_METRICS_PORT, 0 picks a free one; or newsroom.metrics.enabled=false)");
    }
    log.info("delivery metrics at {}", server.uri());
    return server;
  }

  private static DeskPage page(DeliverySettings.Page page, DeskBoard board, KafkaAcknowledger acknowledger) {
    try {
      return DeskPage.start(board, acknowledger, acknowledger, page.token(), page.endpoint().host(),
          page.endpoint().port(), Clock.systemUTC());
    } catch (IllegalStateException portInUse) {
      throw new IllegalStateException(portInUse.getMessage() + " (choose another with newsroom.page.port or "
          + "NEWSROOM_PAGE_PORT; 0 picks a free one)");
    }
  }

  /**
   * Delivers until Ctrl-C or SIGTERM (which ask the engine to stop, so that it returns and closes cleanly) or until
   * idle. A delivery that failed without a retry topic (a receiver that refused it or stayed down) is an ordinary
   * failure: one line that says which and why.
   *
   * @return how many alert versions were read
   */
  public long run() {
    try (ShutdownHook hook = ShutdownHook.install("newsroom-alerts-shutdown", engine::stop)) {
      return engine.run(settings.fromBeginning(), settings.idleExit());
    } catch (DeliveryException e) {
      throw new IllegalStateException(e.getMessage() + "; not committed, so it is delivered again on the next run",
          e);
    }
  }

  /** Asks {@link #run} to return; safe from another thread. */
  public void stop() {
    engine.stop();
  }

  @Override
  public void close() {
    closeAll(opened, null);
  }

  private static void closeAll(Deque<AutoCloseable> opened, RuntimeException failure) {
    RuntimeException first = failure;
    while (!opened.isEmpty()) {
      try {
        opened.pop().close();
      } catch (Exception e) {
        if (first == null) {
          first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (failure == null && first != null) {
      throw first;
    }
  }
}
