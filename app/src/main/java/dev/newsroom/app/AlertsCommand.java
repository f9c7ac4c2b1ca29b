package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.consumer.AlertConsumer;
import dev.newsroom.consumer.AlertSink;
import dev.newsroom.consumer.DeliveryException;
import dev.newsroom.consumer.DeliveryListener;
import dev.newsroom.consumer.DeliveryMetrics;
import dev.newsroom.consumer.page.DeskBoard;
import dev.newsroom.consumer.page.DeskPage;
import dev.newsroom.consumer.page.KafkaAcknowledger;
import dev.newsroom.consumer.page.DeskFeeds;
import dev.newsroom.consumer.MetricsServer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import dev.newsroom.consumer.RoutedAlertConsumer;
import dev.newsroom.consumer.desk.Desk;
import dev.newsroom.consumer.desk.DeskFile;
import dev.newsroom.consumer.PrintSink;
import dev.newsroom.consumer.WebhookSink;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "alerts", mixinStandardHelpOptions = true,
    description = {"Pushes partnership-upgrade alerts as they arrive: readable lines, JSON lines, webhooks.",
        "Each change of an alert (a new source, a later stage) is a new version of the same alert id.",
        "Offsets are committed only after every alert of a batch was delivered."})
final class AlertsCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions config;

  @Option(names = "--json", description = "Print one JSON object per line instead of readable text.")
  boolean json;

  @Option(names = "--webhook", paramLabel = "URL", description = "POST each alert as JSON here (retried with backoff).")
  List<URI> webhooks = new ArrayList<>();

  @Option(names = "--from-beginning", description = "Start from the first alert on the topic.")
  boolean fromBeginning;

  @Option(names = "--idle-exit", paramLabel = "SECONDS", description = "Exit after this long with nothing new.")
  Long idleExitSeconds;

  @Option(names = "--group", paramLabel = "ID", description = "Consumer group (default: kafka.consumer.group.id).")
  String group;

  @Option(names = "--quiet", description = "Do not print alerts (with --webhook).")
  boolean quiet;

  @Option(names = "--desk", paramLabel = "FILE",
      description = {"Route alerts to the channels of this desk file (YAML: webhook, slack, teams, email, console; "
          + "routes by countries, pairs, blocs, levels, stages, directions; a default).",
          "Failed deliveries wait on the retry topic and are parked after the last try; see README."})
  Path desk;

  @Option(names = "--page", description = {"With --desk: serve the live desk page (newsroom.page.host/port; "
      + "token from NEWSROOM_PAGE_TOKEN): alerts newest first, live updates, filters, acknowledgements."})
  boolean page;

  @Override
  public Integer call() {
    NewsroomConfig settings = config.load();
    Desk plan = desk == null ? null : DeskFile.read(desk, System.getenv());
    if (page && plan == null) {
      throw new IllegalArgumentException("--page needs --desk");
    }
    if (plan != null && (json || quiet || !webhooks.isEmpty())) {
      throw new IllegalArgumentException("--desk routes every alert itself; drop --json, --quiet and --webhook "
          + "(use the desk file's channels)");
    }
    KafkaSetup.ensureTopics(settings);
    Properties props = settings.kafka("consumer");
    if (group != null) {
      props.put("group.id", group);
    }
    Duration idleExit = idleExitSeconds == null ? null : Duration.ofSeconds(idleExitSeconds);
    if (plan != null) {
      return routed(settings, plan, props, idleExit);
    }
    List<AlertSink> sinks = new ArrayList<>();
    if (!quiet) {
      sinks.add(new PrintSink(spec.commandLine().getOut(), json));
    }
    for (URI webhook : webhooks) {
      sinks.add(new WebhookSink(webhook, settings.webhookBackoff(), settings.duration("newsroom.webhook.timeout")));
    }
    if (sinks.isEmpty()) {
      throw new IllegalArgumentException("--quiet without --webhook would deliver alerts nowhere");
    }
    try (AlertConsumer consumer = new AlertConsumer(props, settings.topics().alerts(), sinks, Clock.systemUTC())) {
      runUntilStopped(consumer::stop, () -> consumer.run(fromBeginning, idleExit));
    }
    return 0;
  }

  private int routed(NewsroomConfig settings, Desk plan, Properties props, Duration idleExit) {
    String token = page ? DeskDelivery.pageToken(settings) : null;
    DeskDelivery.ensureTopics(settings);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    DeliveryListener listener = new DeliveryMetrics(registry).register(plan.channels().keySet());
    DeskBoard board = page ? DeskDelivery.board(settings, props) : null;
    if (board != null) {
      listener = DeliveryListener.both(listener, board);
    }
    try (MetricsServer server = DeskDelivery.metricsServer(settings, registry);
        KafkaAcknowledger acknowledger = board == null ? null : DeskDelivery.acknowledger(settings);
        DeskFeeds feeds = board == null ? null : DeskDelivery.follow(settings, props, board);
        DeskPage deskPage = board == null ? null : DeskDelivery.page(settings, board, acknowledger, token);
        RoutedAlertConsumer consumer = DeskDelivery.consumer(settings, plan, props, spec.commandLine().getOut(),
            listener)) {
      runUntilStopped(consumer::stop, () -> consumer.run(fromBeginning, idleExit));
    }
    return 0;
  }

  /**
   * Runs a consumer's loop; Ctrl-C or SIGTERM asks it to stop, so it returns and closes cleanly. A delivery that
   * failed (a receiver that refused it or stayed down) is an ordinary failure: one line that says which and why.
   */
  private static void runUntilStopped(Runnable stop, ConsumerLoop loop) {
    Thread hook = new Thread(stop, "newsroom-alerts-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      loop.run();
    } catch (DeliveryException e) {
      throw new IllegalStateException(e.getMessage() + "; not committed, so it is delivered again on the next run",
          e);
    } finally {
      removeHook(hook);
    }
  }

  @FunctionalInterface
  private interface ConsumerLoop {
    long run() throws DeliveryException;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is already exiting; the hook runs anyway
    }
  }
}
