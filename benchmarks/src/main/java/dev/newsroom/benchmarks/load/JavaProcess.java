package dev.newsroom.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run as a separate OS process on the harness's classpath, its output appended to a log file.
 * It can be killed the hard way (SIGKILL, as a crashed machine or an OOM killer would) or asked to stop
 * (SIGTERM, as an orchestrator does), and its peak resident memory read while it lives.
 */
final class JavaProcess {

  private final String name;
  private final List<String> command;
  private final Path log;
  private final Map<String, String> environment;
  private Process process;
  private long peakRssKiB;

  JavaProcess(String name, List<String> jvmOptions, String mainClass, List<String> args, Path log,
      Map<String, String> environment) {
    this.name = name;
    this.log = log;
    this.environment = environment;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(Classpath.current());
    command.add(mainClass);
    command.addAll(args);
    this.command = List.copyOf(command);
  }

  String name() {
    return name;
  }

  synchronized JavaProcess start() {
    if (isAlive()) {
      throw new IllegalStateException(name + " is already running");
    }
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
      // Our own settings come only from the harness: a NEWSROOM_* or KAFKA_* variable of the shell running it
      // would silently change what is measured.
      builder.environment().keySet().removeIf(key -> key.startsWith("NEWSROOM_") || key.startsWith("KAFKA_"));
      builder.environment().putAll(environment);
      Files.writeString(log, "=== start " + name + " at " + java.time.Instant.now() + "\n",
          java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
      process = builder.start();
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + name, e);
    }
  }

  synchronized boolean isAlive() {
    return process != null && process.isAlive();
  }

  synchronized long pid() {
    return process == null ? -1 : process.pid();
  }

  /** SIGKILL: no shutdown hook runs, nothing is flushed or checkpointed. */
  synchronized void kill() {
    samplePeakRss();
    if (isAlive()) {
      process.destroyForcibly();
      waitFor(30);
    }
  }

  /** SIGTERM, then SIGKILL if it has not stopped within {@code graceSeconds}. */
  synchronized boolean terminate(int graceSeconds) {
    samplePeakRss();
    if (!isAlive()) {
      return true;
    }
    process.destroy();
    if (waitFor(graceSeconds)) {
      return true;
    }
    process.destroyForcibly();
    waitFor(30);
    return false;
  }

  synchronized Integer exitCode() {
    return process == null || process.isAlive() ? null : process.exitValue();
  }

  /**
   * Peak resident set size (VmHWM) of this process over its incarnations so far, in KiB; Linux keeps it in
   * /proc only while the process lives, so it is sampled before every stop and on demand.
   */
  synchronized long peakRssKiB() {
    samplePeakRss();
    return peakRssKiB;
  }

  private void samplePeakRss() {
    if (!isAlive()) {
      return;
    }
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
        if (line.startsWith("VmHWM:")) {
          peakRssKiB = Math.max(peakRssKiB, Long.parseLong(line.replaceAll("[^0-9]", "")));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // gone between the check and the read, or no /proc: the figure stays what it was
    }
  }

  private boolean waitFor(int seconds) {
    try {
      return process.waitFor(seconds, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The last lines of its log, for error messages. */
  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }
}
