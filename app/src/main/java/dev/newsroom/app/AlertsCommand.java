package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.consumer.AlertConsumer;
import dev.newsroom.consumer.AlertSink;
import dev.newsroom.consumer.DeliveryException;
import dev.newsroom.consumer.PrintSink;
import dev.newsroom.consumer.WebhookSink;
import java.net.URI;
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

  @Override
  public Integer call() throws DeliveryException {
    NewsroomConfig settings = config.load();
    KafkaSetup.ensureTopics(settings);
    Properties props = settings.kafka("consumer");
    if (group != null) {
      props.put("group.id", group);
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
    Duration idleExit = idleExitSeconds == null ? null : Duration.ofSeconds(idleExitSeconds);
    try (AlertConsumer consumer = new AlertConsumer(props, settings.topics().alerts(), sinks, Clock.systemUTC())) {
      Thread hook = new Thread(consumer::stop, "newsroom-alerts-shutdown");
      Runtime.getRuntime().addShutdownHook(hook);
      try {
        consumer.run(fromBeginning, idleExit);
      } finally {
        removeHook(hook);
      }
    }
    return 0;
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the JVM is already exiting; the hook runs anyway
    }
  }
}
