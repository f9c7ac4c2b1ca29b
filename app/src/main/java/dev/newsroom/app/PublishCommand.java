package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.producer.PublishOutcome;
import dev.newsroom.producer.PublishedDates;
import dev.newsroom.producer.ReadItem;
import dev.newsroom.producer.ReleaseFiles;
import dev.newsroom.producer.ReleasePublisher;
import dev.newsroom.producer.SourceDefaults;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", mixinStandardHelpOptions = true,
    description = {"Publishes release files and folders to the raw topic.",
        "Files: .txt, .md, .html, .htm, .pdf (text layer), .json (one release or an array), .jsonl (one release "
            + "per line: {\"id\",\"title\",\"text\",\"date\",\"source\",\"kind\",\"url\"}, all but text optional).",
        "A file or line that cannot be read, or of another type, is reported with its reason and the rest are "
            + "still published; exits 1 if any failed."})
final class PublishCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions config;

  @Option(names = "--source", paramLabel = "NAME", description = "Source name for releases that do not name one.")
  String source;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Source kind: ministry, embassy, government, agency, newspaper, broadcaster, other (default: other).")
  String kind;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD",
      description = "Publication date of releases that carry none (plain text and Markdown never do; HTML, PDF and "
          + "JSON without one); a release's own date wins. Without it such releases have no date.")
  String date;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to publish.")
  List<Path> paths;

  @Override
  public Integer call() {
    NewsroomConfig settings = config.load();
    SourceDefaults defaults = SourceDefaults.of(source, kind);
    Instant defaultDate;
    try {
      defaultDate = date == null ? null : PublishedDates.parse(date);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--date: " + e.getMessage());
    }
    List<ReadItem> items = new ReleaseFiles(defaults, Clock.systemUTC(), defaultDate).read(paths);
    KafkaSetup.ensureTopics(settings);
    List<PublishOutcome> outcomes;
    try (ReleasePublisher publisher = new ReleasePublisher(settings.kafka("producer"), settings.topics().rawReleases())) {
      outcomes = publisher.publish(items);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (PublishOutcome outcome : outcomes) {
      if (outcome.isPublished()) {
        out.println("published " + outcome.location() + " as " + outcome.releaseId());
      } else {
        err.println("FAILED " + outcome.location() + ": " + outcome.error());
      }
    }
    out.println(PublishOutcome.summary(outcomes));
    out.flush();
    err.flush();
    return outcomes.stream().allMatch(PublishOutcome::isPublished) ? 0 : 1;
  }
}
