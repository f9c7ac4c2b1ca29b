package dev.newsroom.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The shaded {@code newsroom.jar} run as a separate OS process (it exists when Failsafe runs, after
 * {@code package}), its standard output and error going to a file.
 */
final class NewsroomProcess implements AutoCloseable {

  final Process process;
  final Path log;

  private NewsroomProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static NewsroomProcess start(Path log, List<String> args) throws IOException {
    return start(jar(), log, args);
  }

  /** Runs {@code java -jar JAR ARGS...}, for tests of a jar's packaging (what sits beside it, what it holds). */
  static NewsroomProcess start(Path jar, Path log, List<String> args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", jar.toString()));
    command.addAll(args);
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    return new NewsroomProcess(process, log);
  }

  private static Path copy;

  /**
   * A private copy of the shaded jar, taken once per test JVM: a process reads its classes lazily, and a build
   * running at the same time in this working tree may rewrite {@code target/newsroom.jar} under it.
   */
  static synchronized Path jar() throws IOException {
    if (copy == null) {
      Path jar = built("newsroom.jar");
      copy = Files.createTempFile("newsroom-", ".jar");
      copy.toFile().deleteOnExit();
      Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    return copy;
  }

  /** A jar the app module's package phase builds into its target folder ({@code newsroom.jar} and its siblings). */
  static Path built(String name) {
    for (Path candidate : List.of(Path.of("target", name), Path.of("app", "target", name))) {
      if (Files.isRegularFile(candidate)) {
        return candidate.toAbsolutePath();
      }
    }
    throw new IllegalStateException("target/" + name + " is missing: run the tests with mvn verify (after package)");
  }

  /** The last lines the process printed, for failure messages. */
  String tail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }
  }
}
