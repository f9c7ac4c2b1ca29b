package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.kafka.Folders;
import dev.newsroom.app.ledger.LedgerText;
import dev.newsroom.avro.Alert;
import dev.newsroom.consumer.format.AlertText;
import dev.newsroom.demobroker.EmbeddedKafka;
import dev.newsroom.producer.PublishOutcome;
import dev.newsroom.producer.ReadItem;
import dev.newsroom.producer.ReleaseFiles;
import dev.newsroom.producer.ReleasePublisher;
import dev.newsroom.producer.SourceDefaults;
import dev.newsroom.streams.NewsroomStreams;
import dev.newsroom.streams.http.LedgerHttpServer;
import dev.newsroom.streams.http.LedgerJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Starts a real Kafka broker (KRaft) in this JVM, creates the topics, runs the topology and "
        + "publishes the sample releases that ship with Newsroom, then prints the alerts they raise.",
        "Needs nothing but a JDK and, beside newsroom.jar, the demo's broker in newsroom-demo-broker.jar, which "
            + "a build from the sources puts there (the service image leaves it out)."})
final class DemoCommand implements Callable<Integer> {

  static final String SAMPLES = "/samples/releases.jsonl";

  @Spec
  CommandSpec spec;

  private final CountDownLatch cleanedUp = new CountDownLatch(1);

  @Option(names = "--keep-running", description = "Stay up after the samples; prints 'bootstrap: HOST:PORT' for "
      + "publish and alerts. Stop with Ctrl-C.")
  boolean keepRunning;

  @Option(names = "--data", paramLabel = "DIR", description = "Keep the broker's data and the topology's state in "
      + "DIR, so that a later demo with the same DIR starts where this one stopped (default: a temporary folder, "
      + "removed on exit).")
  Path data;

  @Option(names = "--no-samples", description = "Start the stack without publishing the samples.")
  boolean noSamples;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "How long to wait for the samples to come "
      + "through (default: ${DEFAULT-VALUE}).", defaultValue = "120")
  long timeoutSeconds;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    long start = System.nanoTime();
    requireBroker();
    Path work = data != null ? Files.createDirectories(data) : Files.createTempDirectory("newsroom-demo-");
    out.println("Starting a Kafka broker (KRaft) in this JVM" + (data != null ? ", data in " + data : "") + "...");
    out.flush();
    try (EmbeddedKafka broker = EmbeddedKafka.start(work.resolve("kafka"))) {
      out.println("bootstrap: " + broker.bootstrapServers());
      NewsroomConfig config = NewsroomConfig.load(null, Map.of(), Map.of(
          "kafka.bootstrap.servers", broker.bootstrapServers(),
          "kafka.streams.state.dir", work.resolve("state").toString(),
          // One instance has nowhere to put a standby: without this, every rebalance warns once per task.
          "kafka.streams.num.standby.replicas", "0"));
      List<String> created = KafkaSetup.ensureTopics(config);
      out.println("Created topics " + created);
      try (NewsroomStreams streams = new NewsroomStreams(config.topics(), config.pipeline(), config.kafka("streams"));
          DemoWatcher watcher = new DemoWatcher(config.kafka("consumer"), config.topics(), out)) {
        streams.start();
        awaitRunning(streams);
        out.println("Topology running (exactly-once). " + seconds(start));
        out.flush();
        int status = 0;
        if (!noSamples) {
          status = publishSamples(config, streams, watcher, work, out, start);
        }
        if (keepRunning) {
          LedgerHttpServer http = new LedgerHttpServer("127.0.0.1", 0, streams.ledger());
          out.println("ledger: http://127.0.0.1:" + http.port() + "/ledger");
          out.println("Running. Publish with: newsroom publish --bootstrap-server " + broker.bootstrapServers()
              + " PATH...   Follow alerts with: newsroom alerts --bootstrap-server " + broker.bootstrapServers());
          out.println("Press Ctrl-C to stop.");
          out.flush();
          watcher.followLive();
          followUntilStopped(watcher, streams);
          http.close();
        }
        return status;
      }
    } finally {
      if (data == null) {
        Folders.deleteTree(work);
      }
      cleanedUp.countDown();
    }
  }

  /**
   * The broker comes from newsroom-demo-broker.jar, which newsroom.jar's manifest names on its class path: it sits
   * beside newsroom.jar in a build, and the service image leaves it out, so the services carry no Kafka server.
   */
  private static void requireBroker() {
    try {
      EmbeddedKafka.class.getName();
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException("the demo's broker is not installed: newsroom demo needs "
          + "newsroom-demo-broker.jar beside newsroom.jar (the service image has newsroom.jar alone); "
          + "from a checkout, ./newsroom demo builds both");
    }
  }

  private int publishSamples(NewsroomConfig config, NewsroomStreams streams, DemoWatcher watcher, Path work,
      PrintWriter out, long start)
      throws IOException {
    Path samples = work.resolve("samples.jsonl");
    try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLES)) {
      if (in == null) {
        throw new IllegalStateException(SAMPLES + " is missing from the build");
      }
      Files.copy(in, samples, StandardCopyOption.REPLACE_EXISTING);
    }
    List<ReadItem> items = new ReleaseFiles(SourceDefaults.of("Newsroom samples", "other"), Clock.systemUTC())
        .read(List.of(samples));
    List<PublishOutcome> outcomes;
    try (ReleasePublisher publisher = new ReleasePublisher(config.kafka("producer"), config.topics().rawReleases())) {
      outcomes = publisher.publish(items);
    }
    out.println("Published sample releases: " + PublishOutcome.summary(outcomes) + ". " + seconds(start));
    out.flush();
    List<String> ids = outcomes.stream().filter(PublishOutcome::isPublished).map(PublishOutcome::releaseId).toList();
    if (!watcher.awaitSettled(ids, Duration.ofSeconds(timeoutSeconds))) {
      spec.commandLine().getErr().println("newsroom: the samples did not all come through within "
          + timeoutSeconds + " s; see the log above");
      return 1;
    }
    List<Alert> alerts = watcher.alerts().stream()
        .sorted(Comparator.comparing(Alert::getDetectedAt)).toList();
    out.println();
    out.println(alerts.size() + " partnership-upgrade alert" + (alerts.size() == 1 ? "" : "s") + ". "
        + seconds(start));
    alerts.forEach(alert -> out.println(AlertText.format(alert)));
    out.println();
    out.println("Ledger (interactive query on the running topology):");
    streams.ledger().all().stream().map(LedgerJson::toNode).map(LedgerText::format).sorted()
        .forEach(line -> out.println("  " + line));
    out.flush();
    return alerts.isEmpty() ? 1 : 0;
  }

  private static void awaitRunning(NewsroomStreams streams) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (streams.state() != KafkaStreams.State.RUNNING) {
      if (streams.state() == KafkaStreams.State.ERROR || System.nanoTime() > deadline) {
        throw new IllegalStateException("the topology did not start (state " + streams.state() + ")", streams.failure());
      }
      Thread.sleep(50);
    }
  }

  /** Shows what arrives until Ctrl-C; the shutdown hook then waits for the clean-up so the broker's files are removed. */
  private void followUntilStopped(DemoWatcher watcher, NewsroomStreams streams) {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stop.countDown();
      try {
        cleanedUp.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }, "newsroom-demo-shutdown"));
    watcher.followUntil(() -> stop.getCount() == 0 || streams.state() == KafkaStreams.State.ERROR);
  }

  private static String seconds(long start) {
    return String.format("[%.1f s]", (System.nanoTime() - start) / 1e9);
  }
}
