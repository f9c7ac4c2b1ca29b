package dev.newsroom.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Kafka Streams application instance in its own JVM: {@code newsroom streams}, or the exactly-once
 * pass-through it is compared with. Its state directory is its own and survives kills, like a persistent
 * volume.
 */
final class StreamsInstance {

  private final JavaProcess process;
  private final Path stateDir;

  private StreamsInstance(JavaProcess process, Path stateDir) {
    this.process = process;
    this.stateDir = stateDir;
  }

  /**
   * {@code newsroom streams} with its shipped defaults, pointed at the given topics, application id and state
   * directory; {@code settings} go on top as {@code --set} flags.
   */
  static StreamsInstance newsroom(String name, Path dir, String bootstrap, String applicationId, TopicNames topics,
      Map<String, String> settings, List<String> jvmOptions) {
    Path state = dir.resolve(name + "-state");
    List<String> args = new ArrayList<>(List.of("streams", "--bootstrap-server", bootstrap,
        "--set", "kafka.streams.application.id=" + applicationId,
        "--set", "kafka.streams.state.dir=" + state,
        "--set", "newsroom.http.enabled=false"));
    topics.settings().forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    return new StreamsInstance(new JavaProcess(name, jvmOptions, "dev.newsroom.app.Newsroom", args,
        dir.resolve(name + ".log"), Map.of("NEWSROOM_LOG_LEVEL", "INFO")), state);
  }

  static StreamsInstance passThrough(String name, Path dir, String bootstrap, String applicationId, String source,
      String sink, List<String> jvmOptions) {
    Path state = dir.resolve(name + "-state");
    return new StreamsInstance(new JavaProcess(name, jvmOptions, PassThroughApp.class.getName(),
        List.of(bootstrap, applicationId, source, sink, state.toString()), dir.resolve(name + ".log"), Map.of()),
        state);
  }

  String name() {
    return process.name();
  }

  StreamsInstance start() {
    process.start();
    return this;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  void kill() {
    process.kill();
  }

  /** SIGTERM, as an orchestrator stops a pod; true when it stopped by itself within the grace period. */
  boolean terminate() {
    return process.terminate(40);
  }

  Integer exitCode() {
    return process.exitCode();
  }

  long peakRssKiB() {
    return process.peakRssKiB();
  }

  String tail(int lines) {
    return process.tail(lines);
  }

  Path log() {
    return stateDir.resolveSibling(process.name() + ".log");
  }

  /** Bytes on disk under the state directory (RocksDB files, checkpoints). */
  long stateBytes() {
    if (!Files.isDirectory(stateDir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(stateDir)) {
      return files.filter(Files::isRegularFile).mapToLong(file -> {
        try {
          return Files.size(file);
        } catch (IOException e) {
          return 0; // removed while walking (compaction)
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
