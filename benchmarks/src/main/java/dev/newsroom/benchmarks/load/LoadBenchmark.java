package dev.newsroom.benchmarks.load;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.schemas.Contracts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Load mode of issue 10 on one standalone broker: catch-up throughput of {@code newsroom streams} against an
 * exactly-once pass-through on the same preloaded topic in the same run, release→alert latency at fixed rates,
 * peak RSS and state size per retained release, and the dedup verdicts against the workload's truth; each
 * repeated, min / median printed.
 *
 * <p>Options: {@code --sizes 10000,100000x1} (a size, optionally with its own run count), {@code --rates 5,50},
 * {@code --runs 3}, {@code --latency-seconds 30}, {@code --seed 1}, {@code --no-latency}, {@code --no-catch-up}, {@code --jfr} (a flight recording of each `newsroom streams` process in the run's folder, to see where its CPU
 * goes), {@code --set KEY=VALUE} (repeatable: a
 * setting for every `newsroom streams` instance, to compare choices such as the commit interval side by side).
 */
final class LoadBenchmark {

  private static final List<String> JVM = List.of("-Xmx1g");

  record CatchUp(double passThroughPerSecond, double newsroomPerSecond, long newsroomPeakRssKiB,
      long passThroughPeakRssKiB, double stateBytesPerRelease, Verification verification) {}

  record Latency(double p50Millis, double p99Millis, int samples, long peakRssKiB) {}

  private final Path dir;
  private final BrokerProcess broker;
  private final long seed;
  /** JVM options of `newsroom streams` instances: {@code -Xmx1g}, plus a flight recording with {@code --jfr}. */
  private final List<String> newsroomJvm;
  /** Settings for every `newsroom streams` instance of the run, on top of the defaults ({@code --set K=V}). */
  private final Map<String, String> settings;

  private LoadBenchmark(Path dir, BrokerProcess broker, long seed, Map<String, String> settings, boolean jfr) {
    this.newsroomJvm = jfr ? List.of("-Xmx1g", "-XX:StartFlightRecording=settings=profile,filename=" + dir
        + "/,dumponexit=true") : JVM;
    this.dir = dir;
    this.broker = broker;
    this.seed = seed;
    this.settings = Map.copyOf(settings);
  }

  static void main(String[] args) throws IOException {
    List<String> sizes = List.of("10000", "100000");
    List<Integer> rates = List.of(5, 50);
    int runs = 3;
    int latencySeconds = 30;
    long seed = 1;
    boolean latency = true;
    boolean catchUp = true;
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    boolean jfr = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--sizes" -> sizes = List.of(args[++i].split(","));
        case "--rates" -> rates = java.util.Arrays.stream(args[++i].split(",")).map(Integer::valueOf).toList();
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--latency-seconds" -> latencySeconds = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--no-latency" -> latency = false;
        case "--no-catch-up" -> catchUp = false;
        case "--jfr" -> jfr = true;
        case "--set" -> {
          String[] pair = args[++i].split("=", 2);
          settings.put(pair[0], pair[1]);
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    Path root = Files.createTempDirectory("newsroom-load-");
    StringBuilder table = new StringBuilder();
    try (BrokerProcess broker = new BrokerProcess(root.resolve("broker"), BrokerProcess.STEADY)) {
      broker.start();
      LoadMain.say("broker up at " + broker.bootstrap());
      LoadBenchmark bench = new LoadBenchmark(root, broker, seed, settings, jfr);
      if (latency) {
        table.append("\nRelease published → alert consumed (read_committed), fixed rates, " + latencySeconds
            + " s each, min / median of runs\n| rate | runs | p50 ms | p99 ms | alerts/run | peak RSS MiB |\n"
            + "|---|---|---|---|---|---|\n");
        for (int rate : rates) {
          List<Latency> results = new ArrayList<>();
          for (int run = 1; run <= runs; run++) {
            results.add(bench.latency(rate, run, latencySeconds));
            LoadMain.say("latency " + rate + "/s run " + run + ": " + results.get(results.size() - 1));
          }
          table.append("| ").append(rate).append("/s | ").append(runs).append(" | ")
              .append(Stats.minMedian(results.stream().map(Latency::p50Millis).toList(), "%.0f")).append(" | ")
              .append(Stats.minMedian(results.stream().map(Latency::p99Millis).toList(), "%.0f")).append(" | ")
              .append(Stats.minMedian(results.stream().map(r -> (double) r.samples()).toList(), "%.0f")).append(" | ")
              .append(Stats.minMedian(results.stream().map(r -> r.peakRssKiB() / 1024.0).toList(), "%.0f"))
              .append(" |\n");
        }
        table.append("(load average ").append(LoadMain.loadAverage()).append(")\n");
      }
      if (catchUp) {
        table.append("\nCatch-up on a preloaded raw topic (3 partitions, ~2 KB releases, 10% exact + 10% near copies), "
            + "min / median of runs\n");
        table.append("| N | runs | pass-through rel/s | newsroom streams rel/s | ratio | peak RSS newsroom MiB | "
            + "state B/release | escaped families | originals missing | lost/dup/invented |\n|---|---|---|---|---|---|---|---|---|---|\n");
        for (String size : sizes) {
          String[] parts = size.split("x");
          int n = Integer.parseInt(parts[0]);
          int sizeRuns = parts.length > 1 ? Integer.parseInt(parts[1]) : runs;
          table.append(bench.catchUpRow(n, sizeRuns)).append('\n');
          table.append("(load average ").append(LoadMain.loadAverage()).append(")\n");
          LoadMain.say(table.toString());
        }
      }
    }
    LoadMain.say("results" + table);
    LoadMain.say("logs under " + root);
  }

  private String catchUpRow(int n, int runs) {
    String raw = "load-" + n + ".raw";
    RunTopics.createPlain(broker.bootstrap(), raw);
    Workload workload = Workload.generate(Workload.Spec.standard(seed, n, Instant.now().minusSeconds(n / 10 + 60),
        Duration.ofMillis(n * 10L)).withoutPoison());
    Truth truth = workload.truth();
    long started = System.currentTimeMillis();
    try (Publisher publisher = new Publisher(broker.bootstrap())) {
      publisher.sendAll(raw, workload.records());
    }
    LoadMain.say("preloaded " + n + " releases in " + (System.currentTimeMillis() - started) / 1000.0 + " s");
    workload = null; // the records are on the topic now; only the truth is needed
    List<CatchUp> results = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      // Alternate which goes first, so that neither always gets the warmer page cache.
      boolean passThroughFirst = run % 2 == 1;
      double passThrough = 0;
      long passThroughRss = 0;
      CatchUp newsroom = null;
      for (int step = 0; step < 2; step++) {
        if ((step == 0) == passThroughFirst) {
          String sink = "load-" + n + "-" + run + ".copy";
          RunTopics.createPlain(broker.bootstrap(), sink);
          StreamsInstance instance = StreamsInstance.passThrough("pass-through-" + n + "-" + run, dir,
              broker.bootstrap(), "pass-through-" + n + "-" + run, raw, sink, JVM).start();
          try (TopicTail tail = new TopicTail(broker.bootstrap(), List.of(sink), Set.of())) {
            passThrough = rate(tail::count, n, instance);
            passThroughRss = instance.peakRssKiB();
          } finally {
            instance.terminate();
          }
        } else {
          newsroom = newsroomCatchUp(n, run, raw, truth);
        }
      }
      CatchUp result = new CatchUp(passThrough, newsroom.newsroomPerSecond(), newsroom.newsroomPeakRssKiB(),
          passThroughRss, newsroom.stateBytesPerRelease(), newsroom.verification());
      results.add(result);
      LoadMain.say(String.format("N=%d run %d: pass-through %.0f rel/s, newsroom %.0f rel/s (ratio %.3f), peak RSS %d MiB, "
              + "state %.0f B/release; %s", n, run, result.passThroughPerSecond(), result.newsroomPerSecond(),
          result.newsroomPerSecond() / result.passThroughPerSecond(), result.newsroomPeakRssKiB() / 1024,
          result.stateBytesPerRelease(), result.verification().summary()));
    }
    List<Double> ratios = results.stream().map(r -> r.newsroomPerSecond() / r.passThroughPerSecond()).toList();
    return "| " + n + " | " + runs + " | "
        + Stats.minMedian(results.stream().map(CatchUp::passThroughPerSecond).toList(), "%.0f") + " | "
        + Stats.minMedian(results.stream().map(CatchUp::newsroomPerSecond).toList(), "%.0f") + " | "
        + Stats.minMedian(ratios, "%.3f") + " | "
        + Stats.minMedian(results.stream().map(r -> r.newsroomPeakRssKiB() / 1024.0).toList(), "%.0f") + " | "
        + Stats.minMedian(results.stream().map(CatchUp::stateBytesPerRelease).toList(), "%.0f") + " | "
        + Stats.range(results.stream().map(r -> (double) r.verification().escapedFamilies()).toList(), "%.0f")
        + " of " + results.get(0).verification().families() + " | "
        + Stats.range(results.stream().map(r -> (double) r.verification().missingOriginals()).toList(), "%.0f") + " | "
        + Stats.range(results.stream().map(r -> (double) (r.verification().lost() + r.verification().duplicated()
            + r.verification().invented())).toList(), "%.0f") + " |";
  }

  private CatchUp newsroomCatchUp(int n, int run, String raw, Truth truth) {
    TopicNames names = TopicNames.of("load-" + n + "-" + run).withRaw(raw);
    RunTopics.create(broker.bootstrap(), names);
    StreamsInstance instance = StreamsInstance.newsroom("newsroom-" + n + "-" + run, dir, broker.bootstrap(),
        "newsroom-" + n + "-" + run, names, settings, newsroomJvm).start();
    try (TopicTail tail = new TopicTail(broker.bootstrap(), List.of(names.tagged(), names.duplicates(),
        names.rejected(), names.alerts()), Set.of(names.alerts()))) {
      double perSecond = rate(() -> tail.count(names.tagged()) + tail.count(names.duplicates())
          + tail.count(names.rejected()), n, instance);
      BrokerProcess.pause(2000); // the alerts' last transaction
      Verification verification = Verification.of(truth, tail.snapshot(), names);
      long rss = instance.peakRssKiB();
      instance.terminate(); // a clean stop flushes the stores, so the size on disk is what a restart finds
      return new CatchUp(0, perSecond, rss, 0, instance.stateBytes() / (double) n, verification);
    } finally {
      instance.kill();
    }
  }


  /**
   * Records per second between the first output seen and the n-th: the application's start-up (JVM, group
   * join, task assignment) is left out, as it is the same for any topology.
   */
  private static double rate(java.util.function.LongSupplier outputs, int n, StreamsInstance instance) {
    long deadline = System.currentTimeMillis() + 180_000 + n * 20L;
    long firstAt = 0;
    long firstCount = 0;
    while (System.currentTimeMillis() < deadline) {
      long count = outputs.getAsLong();
      long now = System.currentTimeMillis();
      if (firstAt == 0 && count > 0) {
        firstAt = now;
        firstCount = count;
      }
      if (count >= n) {
        return (count - firstCount) * 1000.0 / Math.max(1, now - firstAt);
      }
      if (!instance.isAlive()) {
        throw new IllegalStateException(instance.name() + " exited:\n" + instance.tail(40));
      }
      BrokerProcess.pause(50);
    }
    throw new IllegalStateException(instance.name() + " did not finish " + n + " records in time (saw "
        + outputs.getAsLong() + "):\n" + instance.tail(40));
  }

  private Latency latency(int rate, int run, int seconds) {
    TopicNames names = TopicNames.of("latency-" + rate + "-" + run);
    RunTopics.create(broker.bootstrap(), names);
    StreamsInstance instance = StreamsInstance.newsroom("latency-" + rate + "-" + run, dir, broker.bootstrap(),
        "latency-" + rate + "-" + run, names, settings, newsroomJvm).start();
    ConcurrentLinkedQueue<long[]> firstVersions = new ConcurrentLinkedQueue<>();
    Map<String, Long> sentAt = new java.util.concurrent.ConcurrentHashMap<>();
    SplittableRandom random = new SplittableRandom(seed + rate * 31L + run);
    try (Publisher publisher = new Publisher(broker.bootstrap());
         TopicTail tail = new TopicTail(broker.bootstrap(), List.of(names.alerts(), names.tagged()), Set.of(names.alerts()),
             seen -> {
               if (seen.value() != null) {
                 Alert alert = Contracts.ALERT.decode(seen.value());
                 Long sent = alert.getVersion() == 1 ? sentAt.get(alert.getSources().get(0).getReleaseId()) : null;
                 if (sent != null) {
                   firstVersions.add(new long[] {seen.seenAtMillis() - sent});
                 }
               }
             })) {
      // Warm up: the first release goes through once the instance has its tasks.
      publisher.send(names.raw(), outgoing(Workload.release("warm-up", ReleaseTexts.title(random),
          ReleaseTexts.body(random, 300), 0, Instant.now())));
      publisher.awaitAcknowledged();
      long deadline = System.currentTimeMillis() + 180_000;
      while (tail.count(names.tagged()) == 0 && System.currentTimeMillis() < deadline) {
        if (!instance.isAlive()) {
          throw new IllegalStateException(instance.name() + " exited:\n" + instance.tail(40));
        }
        BrokerProcess.pause(100);
      }
      int total = rate * seconds;
      int upgradeEvery = rate <= 10 ? 2 : 5;
      List<String[]> pairs = new ArrayList<>();
      for (int i = 0; i < ReleaseTexts.COUNTRIES.size(); i++) {
        for (int j = i + 1; j < ReleaseTexts.COUNTRIES.size(); j++) {
          pairs.add(new String[] {ReleaseTexts.COUNTRIES.get(i), ReleaseTexts.COUNTRIES.get(j)});
        }
      }
      java.util.Collections.shuffle(pairs, new java.util.Random(random.nextLong()));
      int events = 0;
      long origin = System.currentTimeMillis();
      for (int i = 0; i < total; i++) {
        long wait = origin + i * 1000L / rate - System.currentTimeMillis();
        if (wait > 0) {
          BrokerProcess.pause(wait);
        }
        RawRelease release;
        Instant now = Instant.now();
        if (i % upgradeEvery == 0 && events < pairs.size()) {
          String[] pair = pairs.get(events++);
          java.time.LocalDate date = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
          release = Workload.release("lat-" + i, ReleaseTexts.upgradeTitle(i, pair[0], pair[1]),
              ReleaseTexts.upgradeLead(i, pair[0], pair[1], date.getDayOfMonth(), date.getMonthValue(), date.getYear())
                  + "\n\n" + ReleaseTexts.body(random, 150), i % 6, now);
        } else {
          release = Workload.release("lat-" + i, ReleaseTexts.title(random), ReleaseTexts.body(random, 300), i % 6, now);
        }
        sentAt.put(release.getId().toString(), System.currentTimeMillis());
        publisher.send(names.raw(), outgoing(release));
      }
      publisher.awaitAcknowledged();
      long drain = System.currentTimeMillis() + 30_000;
      while (firstVersions.size() < events && System.currentTimeMillis() < drain) {
        BrokerProcess.pause(200);
      }
      List<Long> millis = firstVersions.stream().map(sample -> sample[0]).toList();
      return new Latency(Stats.percentile(millis, 50), Stats.percentile(millis, 99), millis.size(),
          instance.peakRssKiB());
    } finally {
      instance.terminate();
    }
  }

  private static Workload.Outgoing outgoing(RawRelease release) {
    return new Workload.Outgoing(release.getId().toString(), Contracts.RAW_RELEASE.encode(release),
        release.getReceivedAt().toEpochMilli());
  }
}
