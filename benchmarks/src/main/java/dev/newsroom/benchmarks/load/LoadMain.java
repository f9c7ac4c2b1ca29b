package dev.newsroom.benchmarks.load;

import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

/** Entry point of {@code benchmarks/load/run}: {@code load ...} or {@code chaos ...}. */
public final class LoadMain {

  private LoadMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !(args[0].equals("load") || args[0].equals("chaos"))) {
      System.err.println("usage: benchmarks/load/run load [options] | chaos [options]");
      System.exit(2);
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    if (args[0].equals("chaos")) {
      ChaosMain.main(rest);
    } else {
      LoadBenchmark.main(rest);
    }
  }

  /**
   * The machine's 1/5/15-minute load averages: on a shared machine the figures mean little without them, and
   * only the side-by-side ratios compare across runs.
   */
  static String loadAverage() {
    try {
      String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2] + " on " + Runtime.getRuntime().availableProcessors()
          + " cores";
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /** The harness is a command-line tool: its progress and report go to standard output. */
  static void say(String line) {
    System.out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + line);
    System.out.flush();
  }
}
