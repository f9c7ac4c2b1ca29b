package dev.newsroom.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code benchmarks/load/run chaos [--short] [--releases N] [--kills N] [--broker-restarts N] [--instances N]
 * [--minutes M] [--runs R] [--seed S] [--no-baseline] [--set KEY=VALUE]...}: the chaos scenario, printed as a
 * report; exits 1 if any run lost, duplicated or invented a record or let a copy through.
 */
public final class ChaosMain {

  private ChaosMain() {}

  public static void main(String[] args) throws Exception {
    ChaosRun.Spec spec = ChaosRun.Spec.fullRun(1);
    int runs = 1;
    Map<String, String> settings = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--short" -> spec = ChaosRun.Spec.shortRun(spec.seed());
        case "--releases" -> spec = with(spec, "releases", args[++i]);
        case "--kills" -> spec = with(spec, "kills", args[++i]);
        case "--broker-restarts" -> spec = with(spec, "brokerRestarts", args[++i]);
        case "--instances" -> spec = with(spec, "instances", args[++i]);
        case "--minutes" -> spec = with(spec, "minutes", args[++i]);
        case "--seed" -> spec = with(spec, "seed", args[++i]);
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--no-baseline" -> spec = with(spec, "baseline", "false");
        case "--set" -> {
          String[] pair = args[++i].split("=", 2);
          settings.put(pair[0], pair[1]);
        }
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    spec = spec.withSettings(settings);
    Path root = Files.createTempDirectory("newsroom-chaos-");
    List<ChaosRun.Report> reports = new ArrayList<>();
    boolean failed = false;
    for (int run = 1; run <= runs; run++) {
      ChaosRun.Spec thisRun = with(spec, "seed", Long.toString(spec.seed() + run - 1));
      ChaosRun.Report report = new ChaosRun(thisRun, root.resolve("run-" + run), LoadMain::say).run();
      reports.add(report);
      LoadMain.say("run " + run + "\n" + report.text());
      failed |= !report.result().exactlyOnce() || !report.result().deduplicated() || !report.result().alertsCorrect();
    }
    LoadMain.say("logs and data under " + root);
    if (failed) {
      System.exit(1);
    }
  }

  private static ChaosRun.Spec with(ChaosRun.Spec s, String field, String value) {
    return new ChaosRun.Spec(
        field.equals("seed") ? Long.parseLong(value) : s.seed(),
        field.equals("releases") ? Integer.parseInt(value) : s.releases(),
        field.equals("instances") ? Integer.parseInt(value) : s.instances(),
        field.equals("kills") ? Integer.parseInt(value) : s.kills(),
        field.equals("brokerRestarts") ? Integer.parseInt(value) : s.brokerRestarts(),
        field.equals("minutes") ? Duration.ofSeconds(Math.round(Double.parseDouble(value) * 60)) : s.publishFor(),
        s.killEveryMin(), s.killEveryMax(), s.restartAfter(), s.settleTimeout(),
        field.equals("baseline") ? Boolean.parseBoolean(value) : s.baseline(), s.settings(), s.jvmOptions());
  }
}
