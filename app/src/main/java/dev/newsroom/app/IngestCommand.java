package dev.newsroom.app;

import dev.newsroom.app.config.ConfigException;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.producer.ReleasePublisher;
import dev.newsroom.producer.ingest.FeedSource;
import dev.newsroom.producer.ingest.Fetcher;
import dev.newsroom.producer.ingest.FolderSource;
import dev.newsroom.producer.ingest.IngestConfig;
import dev.newsroom.producer.ingest.Ingestor;
import dev.newsroom.producer.ingest.KafkaIngestState;
import dev.newsroom.producer.ingest.PushEndpoint;
import dev.newsroom.producer.ingest.Source;
import dev.newsroom.producer.ingest.SourceStats;
import dev.newsroom.producer.ingest.StateTopic;
import dev.newsroom.producer.ingest.SummaryTable;
import dev.newsroom.schemas.run.ShutdownHook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Runs the sources of a YAML file: a push endpoint (POST /releases), RSS/Atom feeds (linked pages "
        + "and PDFs extracted) and watched folders, publishing to the raw topic until stopped.",
        "What each source has seen is kept in the compacted topic newsroom.ingest.state (setting "
            + "newsroom.topic.ingest.state), so a restart neither re-publishes nor skips.",
        "--once polls every feed and folder once, prints a summary table and exits (1 if any source or item failed)."})
final class IngestCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--sources", required = true, paramLabel = "SOURCES.yaml",
      description = "YAML file with push, feeds, folders, http and backoff settings.")
  Path sourcesFile;

  @Option(names = "--once", description = "Poll every feed and folder once, print a summary and exit.")
  boolean once;

  /** --config, --bootstrap-server and --set, as for every other command. */
  @Mixin
  ConfigOptions config;

  @Override
  public Integer call() throws Exception {
    if (config.configFile != null && config.configFile.toString().matches("(?i).*\\.ya?ml")) {
      throw new ConfigException("--config", config.configFile + " looks like a sources file: give it with --sources "
          + "(--config is the properties file with newsroom.* and kafka.* settings, as for every command)");
    }
    IngestConfig sources = IngestConfig.load(sourcesFile);
    NewsroomConfig config = this.config.load();
    String stateTopic = config.get("newsroom.topic.ingest.state");
    if (!stateTopic.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException("newsroom.topic.ingest.state='" + stateTopic + "' is not a valid topic name");
    }
    KafkaSetup.ensureTopics(config);
    StateTopic.ensure(config.kafka("admin"), stateTopic, config.positiveInt("newsroom.topic.partitions"),
        (short) config.positiveInt("newsroom.topic.replication.factor"));
    Clock clock = Clock.systemUTC();
    CountDownLatch closed = new CountDownLatch(1);
    try (ReleasePublisher publisher = new ReleasePublisher(config.kafka("producer"), config.topics().rawReleases());
         KafkaIngestState state = new KafkaIngestState(config.kafka("producer"), config.kafka("consumer"), stateTopic)) {
      Fetcher fetcher = new Fetcher(sources.http());
      List<Source> polled = new ArrayList<>();
      sources.feeds().forEach(feed -> polled.add(new FeedSource(feed, fetcher, state, publisher::publish, clock)));
      sources.folders().forEach(folder -> polled.add(new FolderSource(folder, state, publisher::publish, clock)));
      try (Ingestor ingestor = new Ingestor(polled, sources.backoff())) {
        return once ? runOnce(ingestor) : runUntilStopped(ingestor, sources, publisher, clock, closed);
      }
    } finally {
      closed.countDown();
    }
  }

  private int runOnce(Ingestor ingestor) {
    List<SourceStats> stats = ingestor.runOnce();
    PrintWriter out = spec.commandLine().getOut();
    out.print(SummaryTable.format(stats));
    out.flush();
    return stats.stream().allMatch(s -> s.errors() == 0 && s.failed() == 0) ? 0 : 1;
  }

  /** Runs until SIGTERM/Ctrl-C (whose hook waits for {@code closed}: sources, producer and state closed). */
  private int runUntilStopped(Ingestor ingestor, IngestConfig sources, ReleasePublisher publisher, Clock clock,
      CountDownLatch closed) throws Exception {
    CountDownLatch stopped = new CountDownLatch(1);
    ShutdownHook hook = ShutdownHook.install("newsroom-ingest-shutdown", () -> {
      stopped.countDown();
      try {
        closed.await(); // keep the JVM up until the sources are closed and the producer flushed
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    PushEndpoint push = sources.push() == null ? null
        : new PushEndpoint(sources.push(), publisher::publish, clock, new SourceStats("push", "push"));
    try {
      if (push != null) {
        push.start();
        spec.commandLine().getOut().println("push endpoint: http://" + sources.push().host() + ":" + push.port()
            + PushEndpoint.PATH);
      }
      ingestor.start();
      spec.commandLine().getOut().println("ingesting " + ingestor.stats().size() + " polled source"
          + (ingestor.stats().size() == 1 ? "" : "s") + (push != null ? " and the push endpoint" : "")
          + "; Ctrl-C to stop");
      spec.commandLine().getOut().flush();
      stopped.await();
      return 0;
    } catch (InterruptedException e) {
      return 0; // interrupted by whoever ran us in-process: a request to stop, handled here by closing cleanly
    } finally {
      if (push != null) {
        push.close();
      }
      ingestor.close();
      hook.close();
    }
  }
}
