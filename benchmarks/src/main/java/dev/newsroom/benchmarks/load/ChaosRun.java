package dev.newsroom.benchmarks.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chaos scenario of issue 11, modelled on Kafka's own StreamsEosTest: a standalone broker process, two or
 * more {@code newsroom streams} processes with one application id, a seeded workload (poison of every kind
 * included) published at a steady pace while instances are SIGKILLed every few seconds and the broker is
 * SIGKILLed and restarted with its data kept; then the read_committed outputs are checked against the
 * workload's truth and against a fault-free run of the same input.
 */
final class ChaosRun {

  /**
   * @param settings {@code newsroom streams} settings on top of the shipped defaults; {@code {instance}} in a
   *     value is replaced by the instance's stable name
   */
  record Spec(long seed, int releases, int instances, int kills, int brokerRestarts, Duration publishFor,
      Duration killEveryMin, Duration killEveryMax, Duration restartAfter, Duration settleTimeout, boolean baseline,
      Map<String, String> settings, List<String> jvmOptions) {

    /** The short run for CI: 1,000 releases over a minute, 5 kills and 1 broker restart. */
    static Spec shortRun(long seed) {
      // A generous settle timeout: a passing run stops as soon as the outputs are complete, and on a busy
      // 2-core machine (load average 25) settling took 98 s.
      return new Spec(seed, 1000, 2, 5, 1, Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofSeconds(10),
          Duration.ofSeconds(1), Duration.ofSeconds(240), true, Map.of(), DEFAULT_JVM);
    }

    /** Issue 11's full scenario: 5,000 releases over seven minutes, 30 kills, 4 broker restarts. */
    static Spec fullRun(long seed) {
      return new Spec(seed, 5000, 2, 30, 4, Duration.ofMinutes(7), Duration.ofSeconds(5), Duration.ofSeconds(20),
          Duration.ofSeconds(1), Duration.ofSeconds(300), true, Map.of(), DEFAULT_JVM);
    }

    Spec withSettings(Map<String, String> more) {
      Map<String, String> all = new java.util.LinkedHashMap<>(settings);
      all.putAll(more);
      return new Spec(seed, releases, instances, kills, brokerRestarts, publishFor, killEveryMin, killEveryMax,
          restartAfter, settleTimeout, baseline, all, jvmOptions);
    }
  }

  /** C1 only and a small heap: restarts are what this run is about, and 2 cores are shared by 4 JVMs. */
  static final List<String> DEFAULT_JVM = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  record Report(Verification result, Verification baseline, String differencesFromBaseline, int instanceKills,
      int brokerRestarts, long longestStallMillis, long settleAfterLastFaultMillis, long settleAfterLastPublishMillis,
      boolean settled, int cleanShutdowns, int instances, long peakRssMiB, Map<String, Integer> logCounts) {

    String text() {
      StringBuilder out = new StringBuilder();
      out.append("chaos: ").append(instanceKills).append(" instance kills, ").append(brokerRestarts)
          .append(" broker restarts\n");
      out.append("  result:   ").append(result.summary()).append('\n');
      if (baseline != null) {
        out.append("  baseline: ").append(baseline.summary()).append('\n');
        out.append("  differs from baseline: ").append(differencesFromBaseline).append('\n');
      }
      out.append("  longest window without committed-input progress: ").append(longestStallMillis / 1000.0)
          .append(" s\n");
      if (!settled) {
        out.append("  NOT SETTLED within the timeout: 'lost' counts records still waiting to be processed\n");
      }
      out.append("  settled: ").append(settled).append(", ").append(settleAfterLastFaultMillis / 1000.0)
          .append(" s after the last fault, ").append(settleAfterLastPublishMillis / 1000.0)
          .append(" s after the last record was published\n");
      out.append("  SIGTERM: ").append(cleanShutdowns).append(" of ").append(instances)
          .append(" instances stopped cleanly; peak RSS of an instance ").append(peakRssMiB).append(" MiB\n");
      out.append("  logs: ").append(logCounts).append('\n');
      out.append("  load average at the end: ").append(LoadMain.loadAverage()).append('\n');
      result.examples().forEach(example -> out.append("    ").append(example).append('\n'));
      return out.toString();
    }
  }

  private static final Pattern LOG_SIGNS = Pattern.compile(
      "TaskCorruptedException|did not find checkpoint offsets|ProducerFencedException|InvalidProducerEpochException"
          + "|FencedInstanceIdException|streams state \\w+ -> RUNNING");

  private final Spec spec;
  private final Path dir;
  private final Consumer<String> log;
  private final Random random;

  ChaosRun(Spec spec, Path dir, Consumer<String> log) {
    this.spec = spec;
    this.dir = dir;
    this.log = log;
    this.random = new Random(spec.seed());
  }

  Report run() throws IOException {
    Files.createDirectories(dir);
    try (BrokerProcess broker = new BrokerProcess(dir.resolve("broker"), BrokerProcess.FAST_START)) {
      broker.start();
      log.accept("broker up at " + broker.bootstrap() + " (pid " + broker.pid() + ")");
      Workload workload = Workload.generate(Workload.Spec.standard(spec.seed(), spec.releases(), Instant.now(),
          spec.publishFor()));
      log.accept("workload: " + workload.records().size() + " records, " + workload.truth().events() + " events, "
          + workload.truth().families() + " families, " + workload.truth().poison().size() + " poison");
      Verification baseline = spec.baseline() ? baseline(broker, workload) : null;
      return chaos(broker, workload, baseline);
    }
  }

  /** The same input, preloaded, through one instance that nothing disturbs. */
  private Verification baseline(BrokerProcess broker, Workload workload) {
    TopicNames names = TopicNames.of("baseline");
    RunTopics.create(broker.bootstrap(), names);
    try (Publisher publisher = new Publisher(broker.bootstrap())) {
      publisher.sendAll(names.raw(), workload.records());
    }
    StreamsInstance instance = instance(broker, names, "baseline-app", "baseline-0").start();
    try (TopicTail tail = tail(broker, names)) {
      long started = System.currentTimeMillis();
      Verification result = awaitComplete(workload.truth(), tail, names, started + spec.settleTimeout().toMillis());
      log.accept("baseline settled in " + (System.currentTimeMillis() - started) / 1000.0 + " s: " + result.summary());
      return Verification.of(workload.truth(), settleLonger(tail), names);
    } finally {
      instance.terminate();
    }
  }

  private Report chaos(BrokerProcess broker, Workload workload, Verification baseline) {
    TopicNames names = TopicNames.of("chaos");
    RunTopics.create(broker.bootstrap(), names);
    List<StreamsInstance> instances = new ArrayList<>();
    for (int i = 0; i < spec.instances(); i++) {
      instances.add(instance(broker, names, "chaos-app", "chaos-" + i).start());
    }
    try (Publisher publisher = new Publisher(broker.bootstrap());
         TopicTail tail = tail(broker, names);
         ProgressSampler progress = new ProgressSampler(broker.bootstrap(), "chaos-app", names.raw())) {
      long origin = System.currentTimeMillis();
      long firstTimestamp = workload.records().stream().mapToLong(Workload.Outgoing::timestamp).min().orElse(0);
      long[] lastPublished = {0};
      java.util.concurrent.atomic.AtomicReference<RuntimeException> publishFailure =
          new java.util.concurrent.atomic.AtomicReference<>();
      Thread publishing = new Thread(() -> {
        try {
          publisher.sendPacedInTransactions(names.raw(), workload.records(),
              i -> origin + (workload.records().get(i).timestamp() - firstTimestamp), System::currentTimeMillis, 250);
        } catch (RuntimeException e) {
          publishFailure.set(e);
        }
        lastPublished[0] = System.currentTimeMillis();
      }, "publisher");
      publishing.start();

      int kills = 0;
      int restarts = 0;
      long lastFault = origin;
      List<Integer> brokerAt = new ArrayList<>();
      for (int b = 1; b <= spec.brokerRestarts(); b++) {
        brokerAt.add((int) Math.round(b * (spec.kills() + spec.brokerRestarts()) / (spec.brokerRestarts() + 1.0)));
      }
      for (int fault = 1; fault <= spec.kills() + spec.brokerRestarts(); fault++) {
        long min = spec.killEveryMin().toMillis();
        BrokerProcess.pause(min + (long) (random.nextDouble() * (spec.killEveryMax().toMillis() - min)));
        if (brokerAt.contains(fault)) {
          log.accept("SIGKILL broker");
          long down = System.currentTimeMillis();
          broker.kill();
          BrokerProcess.pause(spec.restartAfter().toMillis());
          broker.restart();
          restarts++;
          log.accept("broker back after " + (System.currentTimeMillis() - down) + " ms");
        } else {
          // In turn, so that every instance is killed; the intervals are what is random.
          StreamsInstance victim = instances.get(kills % instances.size());
          log.accept("SIGKILL " + victim.name());
          victim.kill();
          BrokerProcess.pause(spec.restartAfter().toMillis());
          victim.start();
          kills++;
        }
        lastFault = System.currentTimeMillis();
      }
      join(publishing);
      if (publishFailure.get() != null) {
        throw new IllegalStateException("the publisher failed", publishFailure.get());
      }
      log.accept("published " + publisher.sentCount() + " records; waiting for the outputs to settle");
      long deadline = Math.max(lastFault, lastPublished[0]) + spec.settleTimeout().toMillis();
      Verification settled = awaitComplete(workload.truth(), tail, names, deadline);
      long settledAt = System.currentTimeMillis();
      Verification result = Verification.of(workload.truth(), settleLonger(tail), names);
      long stall = progress.longestStallMillis();
      int clean = 0;
      long peak = 0;
      for (StreamsInstance instance : instances) {
        peak = Math.max(peak, instance.peakRssKiB() / 1024);
        // A JVM stopped by SIGTERM exits with 143 once its shutdown hooks are done.
        if (instance.terminate() && java.util.Set.of(0, 143).contains(instance.exitCode())) {
          clean++;
        }
      }
      return new Report(result, baseline, baseline == null ? "-" : result.differencesFrom(baseline), kills, restarts,
          stall, settledAt - lastFault, settledAt - lastPublished[0], settled.complete(), clean, instances.size(),
          peak, logCounts(instances));
    } finally {
      instances.forEach(StreamsInstance::kill);
    }
  }

  private StreamsInstance instance(BrokerProcess broker, TopicNames names, String applicationId, String name) {
    Map<String, String> settings = new java.util.LinkedHashMap<>();
    spec.settings().forEach((key, value) -> settings.put(key, value.replace("{instance}", name)));
    return StreamsInstance.newsroom(name, dir, broker.bootstrap(), applicationId, names, settings, spec.jvmOptions());
  }

  private static TopicTail tail(BrokerProcess broker, TopicNames names) {
    return new TopicTail(broker.bootstrap(), List.of(names.tagged(), names.duplicates(), names.rejected(),
        names.alerts()), Set.of(names.alerts()));
  }

  private static Verification awaitComplete(Truth truth, TopicTail tail, TopicNames names, long deadline) {
    Verification result = Verification.of(truth, tail.snapshot(), names);
    while (!result.complete() && System.currentTimeMillis() < deadline) {
      BrokerProcess.pause(500);
      result = Verification.of(truth, tail.snapshot(), names);
    }
    return result;
  }

  /** A few seconds more, so that a late duplicate or a late alert version is seen too. */
  private static List<TopicTail.Seen> settleLonger(TopicTail tail) {
    BrokerProcess.pause(3000);
    return tail.snapshot();
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static Map<String, Integer> logCounts(List<StreamsInstance> instances) {
    Map<String, Integer> counts = new java.util.TreeMap<>();
    for (StreamsInstance instance : instances) {
      try (var lines = Files.lines(instance.log())) {
        lines.forEach(line -> {
          Matcher matcher = LOG_SIGNS.matcher(line);
          if (matcher.find()) {
            String sign = matcher.group().startsWith("streams state") ? "-> RUNNING" : matcher.group();
            counts.merge(sign, 1, Integer::sum);
          }
        });
      } catch (IOException | java.io.UncheckedIOException e) {
        counts.merge("unreadable log", 1, Integer::sum);
      }
    }
    return counts;
  }
}
