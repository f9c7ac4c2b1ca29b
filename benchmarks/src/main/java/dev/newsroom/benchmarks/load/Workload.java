package dev.newsroom.benchmarks.load;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.schemas.Contracts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded workload and its {@link Truth}: unrelated releases, families of exact and near copies (the
 * original is the member with the earliest timestamp), upgrade events on distinct pairs reported by several
 * outlets, and poison records of every {@link PoisonKind}. The same spec always gives the same records.
 *
 * <p>Records are in timestamp order except that neighbours within {@code shuffleWindow} are shuffled, so a
 * copy is sometimes published just before its original, as happens when two feeds are polled in turn.
 */
final class Workload {

  /** One record to publish; the record timestamp is the release's {@code receivedAt}. */
  record Outgoing(String key, byte[] value, long timestamp) {}

  /**
   * @param releases valid releases in all (originals, copies and upgrade reports)
   * @param copyShare share of releases that are exact copies, and again that share near copies
   * @param events upgrade events, each on its own pair
   * @param reportsPerEvent outlets reporting each event in their own words
   * @param poisonPerKind poison records of each kind
   * @param start timestamp of the first record
   * @param span timestamps spread over this
   */
  record Spec(long seed, int releases, double copyShare, int events, int reportsPerEvent, int poisonPerKind,
      Instant start, Duration span, int shuffleWindow, int bodyWords) {

    Spec {
      int pairs = ReleaseTexts.COUNTRIES.size() * (ReleaseTexts.COUNTRIES.size() - 1) / 2;
      if (events > pairs) {
        throw new IllegalArgumentException("at most " + pairs + " events on distinct pairs, got " + events);
      }
      if (events * reportsPerEvent + 2 * Math.round(releases * copyShare) > releases) {
        throw new IllegalArgumentException("too few releases for " + events + " events and the copies");
      }
    }

    /** The shape issue 10 measured: 10% exact and 10% near copies, upgrades reported by three outlets. */
    static Spec standard(long seed, int releases, Instant start, Duration span) {
      int events = Math.min(300, Math.max(1, releases / 50));
      return new Spec(seed, releases, 0.10, events, 3, Math.max(1, releases / 1000), start, span, 6, 300);
    }

    Spec withoutPoison() {
      return new Spec(seed, releases, copyShare, events, reportsPerEvent, 0, start, span, shuffleWindow, bodyWords);
    }
  }

  private static final String[][] OUTLETS = {
      {"Ministry of Foreign Affairs", "MINISTRY"}, {"Harbour Wire", "AGENCY"}, {"The Morning Ledger", "NEWSPAPER"},
      {"Radio Eastbay", "BROADCASTER"}, {"Government Press Office", "GOVERNMENT"}, {"Valley Times", "NEWSPAPER"}};

  private final List<Outgoing> records;
  private final Truth truth;

  private Workload(List<Outgoing> records, Truth truth) {
    this.records = List.copyOf(records);
    this.truth = truth;
  }

  List<Outgoing> records() {
    return records;
  }

  Truth truth() {
    return truth;
  }

  static Workload generate(Spec spec) {
    SplittableRandom random = new SplittableRandom(spec.seed());
    long spanMillis = Math.max(1, spec.span().toMillis());
    long startMillis = spec.start().toEpochMilli();
    List<RawRelease> releases = new ArrayList<>();
    Map<String, String> familyOf = new HashMap<>();
    Map<String, String> eventOf = new HashMap<>();
    Set<Long> usedTimes = new HashSet<>();

    List<String[]> pairs = new ArrayList<>();
    List<String> countries = ReleaseTexts.COUNTRIES;
    for (int i = 0; i < countries.size(); i++) {
      for (int j = i + 1; j < countries.size(); j++) {
        pairs.add(new String[] {countries.get(i), countries.get(j)});
      }
    }
    Collections.shuffle(pairs, new Random(random.nextLong()));
    for (int e = 0; e < spec.events(); e++) {
      String[] pair = pairs.get(e);
      String event = ReleaseIdCodes.pairKey(pair[0], pair[1]);
      ZonedDateTime date = Instant.ofEpochMilli(startMillis).atZone(ZoneOffset.UTC).minusDays(random.nextInt(1, 20));
      for (int r = 0; r < spec.reportsPerEvent(); r++) {
        int outlet = (e + r) % OUTLETS.length;
        String id = String.format("ev%04d-r%d", e, r);
        String body = ReleaseTexts.upgradeLead(e + r, pair[0], pair[1], date.getDayOfMonth(), date.getMonthValue(),
            date.getYear()) + "\n\n" + ReleaseTexts.body(random, spec.bodyWords() / 2);
        releases.add(release(id, ReleaseTexts.upgradeTitle(e + r, pair[0], pair[1]), body, outlet,
            time(random, startMillis, spanMillis, usedTimes)));
        eventOf.put(id, event);
      }
    }
    long copies = Math.round(spec.releases() * spec.copyShare());
    int unrelated = (int) (spec.releases() - releases.size() - 2 * copies);
    for (int u = 0; u < unrelated; u++) {
      releases.add(release(String.format("rel%06d", u), ReleaseTexts.title(random),
          ReleaseTexts.body(random, spec.bodyWords()), random.nextInt(OUTLETS.length),
          time(random, startMillis, spanMillis, usedTimes)));
    }
    List<RawRelease> originals = new ArrayList<>(releases);
    // Copies follow their original by up to 3 s (or sooner when the whole span is short).
    long maxDelay = Math.max(2, Math.min(3000, spanMillis / Math.max(1, spec.releases()) * 20));
    for (int kind = 0; kind < 2; kind++) {
      List<RawRelease> chosen = new ArrayList<>(originals);
      Collections.shuffle(chosen, new Random(random.nextLong()));
      for (int c = 0; c < copies; c++) {
        RawRelease original = chosen.get(c);
        String id = original.getId() + (kind == 0 ? "-exact" : "-near");
        String body = kind == 0 ? original.getBody()
            : ReleaseTexts.nearCopy(random, original.getBody(), 0.02 + random.nextDouble() * 0.06);
        long at = original.getReceivedAt().toEpochMilli() + 1 + random.nextLong(maxDelay);
        while (!usedTimes.add(at)) {
          at++;
        }
        releases.add(release(id, original.getTitle(), body, random.nextInt(OUTLETS.length), Instant.ofEpochMilli(at)));
        familyOf.put(original.getId(), original.getId());
        familyOf.put(id, original.getId());
        String event = eventOf.get(original.getId());
        if (event != null) {
          eventOf.put(id, event);
        }
      }
    }

    List<Outgoing> records = new ArrayList<>();
    Set<String> valid = new HashSet<>();
    for (RawRelease release : releases) {
      valid.add(release.getId());
      records.add(new Outgoing(release.getId(), Contracts.RAW_RELEASE.encode(release),
          release.getReceivedAt().toEpochMilli()));
    }
    Map<String, PoisonKind> poison = new HashMap<>();
    for (PoisonKind kind : PoisonKind.values()) {
      for (int p = 0; p < spec.poisonPerKind(); p++) {
        String key = PoisonKind.keyFor(kind, p);
        long at = time(random, startMillis, spanMillis, usedTimes).toEpochMilli();
        records.add(new Outgoing(key, kind.value(key, random, Instant.ofEpochMilli(at)), at));
        poison.put(key, kind);
      }
    }
    records.sort(Comparator.comparingLong(Outgoing::timestamp));
    shuffleNeighbours(records, spec.shuffleWindow(), new Random(random.nextLong()));
    return new Workload(records, new Truth(valid, familyOf, eventOf, poison));
  }

  static RawRelease release(String id, String title, String body, int outlet, Instant at) {
    return RawRelease.newBuilder().setId(id)
        .setSource(new ReleaseSource(OUTLETS[outlet][0], SourceKind.valueOf(OUTLETS[outlet][1])))
        .setUrl("https://example.org/releases/" + id).setTitle(title).setBody(body).setLanguage("en")
        .setPublishedAt(at).setReceivedAt(at).build();
  }

  private static Instant time(SplittableRandom random, long start, long span, Set<Long> used) {
    long at = start + random.nextLong(span);
    while (!used.add(at)) {
      at++;
    }
    return Instant.ofEpochMilli(at);
  }

  private static void shuffleNeighbours(List<Outgoing> records, int window, Random random) {
    if (window < 2) {
      return;
    }
    for (int from = 0; from < records.size(); from += window) {
      Collections.shuffle(records.subList(from, Math.min(records.size(), from + window)), random);
    }
  }
}
