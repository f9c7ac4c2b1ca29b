package dev.newsroom.app;

import dev.newsroom.app.config.ConfigException;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.consumer.channel.Backoff;
import dev.newsroom.consumer.DeliveryApp;
import dev.newsroom.consumer.DeliverySettings;
import dev.newsroom.consumer.desk.Desk;
import dev.newsroom.consumer.desk.DeskFile;
import java.net.URI;
import java.nio.file.Path;
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
          + "routes by countries, pairs, blocs, levels, stages, directions, changes; a default).",
          "Failed deliveries wait on the retry topic and are parked after the last try; see README."})
  Path desk;

  @Option(names = "--page", description = {"With --desk: serve the live desk page (newsroom.page.host/port; "
      + "token from NEWSROOM_PAGE_TOKEN): alerts newest first, live updates, filters, acknowledgements."})
  boolean page;

  @Override
  public Integer call() {
    NewsroomConfig settings = config.load();
    DeliverySettings delivery = delivery(settings);
    KafkaSetup.ensureTopics(settings);
    if (delivery.routed()) {
      KafkaSetup.ensureDeliveryTopics(settings);
    }
    try (DeliveryApp app = DeliveryApp.start(delivery, spec.commandLine().getOut())) {
      app.run();
    }
    return 0;
  }

  /** The options and the layered settings as the delivery application's; a bad one fails here, before any I/O. */
  private DeliverySettings delivery(NewsroomConfig settings) {
    Desk plan = desk == null ? null : DeskFile.read(desk, System.getenv());
    DeliverySettings.Channels channels = new DeliverySettings.Channels(plan, json, quiet, webhooks);
    Properties props = settings.kafka("consumer");
    if (group != null) {
      props.put("group.id", group);
    }
    DeliverySettings.Retries retries = new DeliverySettings.Retries(
        new Backoff(settings.positiveInt("newsroom.delivery.attempts"),
            settings.duration("newsroom.delivery.retry.initial"), settings.duration("newsroom.delivery.retry.max")),
        new Backoff(settings.positiveInt("newsroom.delivery.try.attempts"), Duration.ofMillis(200),
            Duration.ofSeconds(2)),
        settings.webhookBackoff(), settings.duration("newsroom.webhook.timeout"));
    return new DeliverySettings(props, settings.kafka("producer"), settings.topics(),
        plan == null ? null : KafkaSetup.deliveryTopics(settings), channels, retries, plan == null ? null : metrics(settings),
        page ? page(settings) : null, fromBeginning, idleExitSeconds == null ? null
            : Duration.ofSeconds(idleExitSeconds));
  }

  /** The Prometheus endpoint, or null when {@code newsroom.metrics.enabled=false}. */
  private static DeliverySettings.Endpoint metrics(NewsroomConfig settings) {
    String enabled = settings.get("newsroom.metrics.enabled");
    if (!"true".equals(enabled) && !"false".equals(enabled)) {
      throw new ConfigException("newsroom.metrics.enabled", "must be true or false");
    }
    return "false".equals(enabled) ? null
        : new DeliverySettings.Endpoint(settings.get("newsroom.metrics.host"), settings.port("newsroom.metrics.port"));
  }

  /** Checked before anything is read, so that a page without a token fails at once. */
  private static DeliverySettings.Page page(NewsroomConfig settings) {
    String token = settings.get("newsroom.page.token");
    if (token.length() < 16) {
      throw new ConfigException("newsroom.page.token", "must be set (NEWSROOM_PAGE_TOKEN) to at least 16 characters "
          + "for --page");
    }
    return new DeliverySettings.Page(
        new DeliverySettings.Endpoint(settings.get("newsroom.page.host"), settings.port("newsroom.page.port")), token);
  }
}
