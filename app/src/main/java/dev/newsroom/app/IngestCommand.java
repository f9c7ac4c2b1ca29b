package dev.newsroom.app;

import dev.newsroom.app.config.ConfigException;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.producer.ingest.IngestApp;
import dev.newsroom.producer.ingest.IngestConfig;
import dev.newsroom.producer.ingest.SourceStats;
import dev.newsroom.producer.ingest.StateTopic;
import dev.newsroom.producer.ingest.SummaryTable;
import dev.newsroom.schemas.run.ShutdownHook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
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
    try (IngestApp app = IngestApp.open(sources, config.kafka("producer"), config.kafka("consumer"),
        config.topics().rawReleases(), stateTopic)) {
      return once ? runOnce(app) : runUntilStopped(app);
    }
  }

  private int runOnce(IngestApp app) {
    List<SourceStats> stats = app.runOnce();
    PrintWriter out = spec.commandLine().getOut();
    out.print(SummaryTable.format(stats));
    out.flush();
    return stats.stream().allMatch(s -> s.errors() == 0 && s.failed() == 0) ? 0 : 1;
  }

  /**
   * Runs until SIGTERM/Ctrl-C, whose hook closes the app (sources, producer and state), keeping the JVM up until
   * the last releases are flushed.
   */
  private int runUntilStopped(IngestApp app) throws IOException {
    try (ShutdownHook hook = ShutdownHook.install("newsroom-ingest-shutdown", app::close)) {
      app.runUntilStopped(running -> {
        PrintWriter out = spec.commandLine().getOut();
        if (running.pushAddress() != null) {
          out.println("push endpoint: " + running.pushAddress());
        }
        out.println("ingesting " + running.polledSources() + " polled source"
            + (running.polledSources() == 1 ? "" : "s") + (running.pushAddress() != null ? " and the push endpoint" : "")
            + "; Ctrl-C to stop");
        out.flush();
      });
      return 0;
    }
  }
}
