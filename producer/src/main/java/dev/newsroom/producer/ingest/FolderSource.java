package dev.newsroom.producer.ingest;

import dev.newsroom.producer.PublishOutcome;
import dev.newsroom.producer.ReadItem;
import dev.newsroom.producer.ReleaseFiles;
import dev.newsroom.producer.SourceDefaults;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A watched folder, scanned on each poll (portable, unlike file-system events on network shares). A file that
 * has settled is read as {@code newsroom publish} reads it ({@code .pdf} through PDFBox), published
 * and moved to {@code done/}; a file that cannot be read goes to {@code failed/} with a {@code .reason.txt}
 * beside it. Its content fingerprint is remembered once published, so a crash before the move does not
 * publish it again. If Kafka refuses the releases the file stays where it is and the poll is retried.
 */
public final class FolderSource implements Source {

  private static final Logger log = LoggerFactory.getLogger(FolderSource.class);
  static final String FILE = "file:";

  private final FolderSettings settings;
  private final IngestState state;
  private final ReleaseSink sink;
  private final Clock clock;
  private final ReleaseFiles files;

  /** @throws IllegalArgumentException when the folder does not exist: a typo must not ingest nothing quietly */
  public FolderSource(FolderSettings settings, IngestState state, ReleaseSink sink, Clock clock) {
    if (!Files.isDirectory(settings.folder())) {
      throw new IllegalArgumentException(missing(settings));
    }
    this.settings = settings;
    this.state = state;
    this.sink = sink;
    this.clock = clock;
    this.files = new ReleaseFiles(SourceDefaults.of(settings.source(), settings.kind()), clock);
  }

  @Override
  public String id() {
    return settings.id();
  }

  @Override
  public String kind() {
    return "folder";
  }

  @Override
  public Duration interval() {
    return settings.interval();
  }

  @Override
  public PollResult poll() throws IOException {
    Path folder = settings.folder();
    if (!Files.isDirectory(folder)) {
      throw new IOException(missing(settings)); // removed since start: an error of this source, not re-created
    }
    Files.createDirectories(folder.resolve("done"));
    Files.createDirectories(folder.resolve("failed"));
    List<Path> ready;
    try (Stream<Path> listing = Files.list(folder)) {
      ready = listing.filter(Files::isRegularFile)
          .filter(file -> !file.getFileName().toString().startsWith("."))
          .filter(this::settled)
          .sorted().toList();
    }
    int published = 0;
    int failed = 0;
    int skipped = 0;
    String problem = null;
    for (Path file : ready) {
      String fingerprint = FILE + fingerprint(file);
      if (state.get(id(), fingerprint) != null) {
        log.info("folder {}: {} was already published; moving it to done/", id(), file.getFileName());
        move(file, "done");
        skipped++;
        continue;
      }
      List<ReadItem> items = files.readFile(file);
      List<String> problems = items.stream().filter(item -> !item.isOk())
          .map(item -> item.location() + ": " + item.error()).toList();
      if (!problems.isEmpty()) {
        fail(file, problems);
        failed++;
        problem = problem != null ? problem : problems.get(0);
        continue;
      }
      List<PublishOutcome> outcomes = sink.publish(items);
      List<String> refused = outcomes.stream().filter(o -> !o.isPublished())
          .map(o -> o.location() + ": " + o.error()).toList();
      if (!refused.isEmpty()) {
        throw new IOException("Kafka did not store " + file.getFileName() + ": " + refused.get(0));
      }
      state.put(id(), fingerprint, outcomes.stream().map(PublishOutcome::releaseId).collect(Collectors.joining(",")));
      move(file, "done");
      published += outcomes.size();
      log.debug("folder {}: published {} as {}", id(), file.getFileName(),
          outcomes.stream().map(PublishOutcome::releaseId).toList());
    }
    return new PollResult(published, failed, skipped, false, problem);
  }

  private static String missing(FolderSettings settings) {
    return "folder " + settings.id() + ": " + settings.folder().toAbsolutePath() + " does not exist or is not a folder";
  }

  private boolean settled(Path file) {
    try {
      long age = clock.millis() - Files.getLastModifiedTime(file).toMillis();
      return age >= settings.settle().toMillis();
    } catch (IOException e) {
      return false;
    }
  }

  private void fail(Path file, List<String> problems) throws IOException {
    Path moved = move(file, "failed");
    Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"),
        String.join("\n", problems) + "\n", StandardCharsets.UTF_8);
    log.warn("folder {}: {} failed: {}", id(), file.getFileName(), problems);
  }

  private Path move(Path file, String to) throws IOException {
    Path target = file.resolveSibling(to).resolve(file.getFileName());
    if (Files.exists(target)) {
      target = target.resolveSibling(clock.millis() + "-" + file.getFileName());
    }
    return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String fingerprint(Path file) throws IOException {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
