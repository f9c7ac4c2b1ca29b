package dev.newsroom.benchmarks.load;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.schemas.Contracts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The committed outputs of one run checked against the workload's {@link Truth}: every valid release on
 * tagged or duplicates exactly once, every poison record rejected exactly once, nothing else; of every family
 * of copies only the original on tagged; one alert per upgrade event, with no version lost or written twice.
 */
record Verification(
    long lost, long duplicated, long invented, long wronglyRejected,
    long escapedFamilies, long missingOriginals, long families,
    long alertVersionsDuplicated, long alertVersionsLost,
    long events, long alertedEvents, long splitEvents, long missedEvents, long spuriousAlerts,
    List<String> examples, Outputs outputs) {

  /** What the outputs hold, in a form two runs can be compared by. */
  record Outputs(Set<String> tagged, Set<String> duplicates, Set<String> rejected,
      Map<String, Set<String>> alertSources) {}

  /** Outputs are complete: nothing missing, every event alerted (duplicates may still be found later). */
  boolean complete() {
    return lost == 0 && missedEvents == 0;
  }

  /** The exactly-once checks: no record lost, written twice, or made up. */
  boolean exactlyOnce() {
    return lost == 0 && duplicated == 0 && invented == 0 && wronglyRejected == 0 && alertVersionsDuplicated == 0
        && alertVersionsLost == 0;
  }

  /** The deduplication checks: of every family exactly its original on tagged. */
  boolean deduplicated() {
    return escapedFamilies == 0 && missingOriginals == 0;
  }

  boolean alertsCorrect() {
    return splitEvents == 0 && missedEvents == 0 && spuriousAlerts == 0;
  }

  static Verification of(Truth truth, List<TopicTail.Seen> records, TopicNames topics) {
    Map<String, Integer> onTagged = new HashMap<>();
    Map<String, Integer> onDuplicates = new HashMap<>();
    Map<String, Integer> onRejected = new HashMap<>();
    Map<String, List<Alert>> alerts = new TreeMap<>();
    for (TopicTail.Seen record : records) {
      String topic = record.topic();
      if (topic.equals(topics.tagged())) {
        onTagged.merge(record.key(), 1, Integer::sum);
      } else if (topic.equals(topics.duplicates())) {
        onDuplicates.merge(record.key(), 1, Integer::sum);
      } else if (topic.equals(topics.rejected())) {
        onRejected.merge(String.valueOf(record.key()), 1, Integer::sum);
      } else if (topic.equals(topics.alerts()) && record.value() != null) {
        Alert alert = Contracts.ALERT.decode(record.value());
        alerts.computeIfAbsent(alert.getAlertId(), id -> new ArrayList<>()).add(alert);
      }
    }
    List<String> examples = new ArrayList<>();
    long lost = 0;
    long duplicated = 0;
    long invented = 0;
    for (String id : truth.releases()) {
      int times = onTagged.getOrDefault(id, 0) + onDuplicates.getOrDefault(id, 0);
      if (times == 0 && !onRejected.containsKey(id)) {
        lost++;
        example(examples, "lost " + id);
      }
      duplicated += Math.max(0, times - 1);
    }
    for (String key : truth.poison().keySet()) {
      int times = onRejected.getOrDefault(key, 0);
      if (times == 0) {
        lost++;
        example(examples, "poison not rejected " + key);
      }
      duplicated += Math.max(0, times - 1);
    }
    Set<String> known = new HashSet<>(truth.releases());
    known.addAll(truth.poison().keySet());
    for (Map<String, Integer> topic : List.of(onTagged, onDuplicates, onRejected)) {
      for (String key : topic.keySet()) {
        if (!known.contains(key)) {
          invented++;
          example(examples, "invented " + key);
        }
      }
    }
    long wronglyRejected = onRejected.keySet().stream().filter(truth.releases()::contains).count();
    onRejected.keySet().stream().filter(truth.releases()::contains).forEach(id -> example(examples, "rejected " + id));

    Map<String, List<String>> taggedByFamily = new HashMap<>();
    onTagged.keySet().forEach(id -> {
      String family = truth.familyOf().get(id);
      if (family != null) {
        taggedByFamily.computeIfAbsent(family, f -> new ArrayList<>()).add(id);
      }
    });
    long escaped = taggedByFamily.values().stream().filter(members -> members.size() > 1).count();
    taggedByFamily.values().stream().filter(members -> members.size() > 1)
        .forEach(members -> example(examples, "escaped copies " + new TreeSet<>(members)));
    Set<String> originals = new HashSet<>(truth.familyOf().values());
    long missingOriginals = originals.stream().filter(original -> !onTagged.containsKey(original)).count();
    originals.stream().filter(original -> !onTagged.containsKey(original))
        .forEach(original -> example(examples, "original not on tagged " + original));

    long versionsDuplicated = 0;
    long versionsLost = 0;
    Map<String, Set<String>> alertsOfEvent = new HashMap<>();
    Map<String, Set<String>> alertSources = new TreeMap<>();
    long spurious = 0;
    for (Map.Entry<String, List<Alert>> entry : alerts.entrySet()) {
      Set<Integer> versions = new HashSet<>();
      int max = 0;
      for (Alert alert : entry.getValue()) {
        if (!versions.add(alert.getVersion())) {
          versionsDuplicated++;
        }
        max = Math.max(max, alert.getVersion());
      }
      versionsLost += max - versions.size();
      Alert latest = entry.getValue().stream().max(java.util.Comparator.comparingInt(Alert::getVersion)).orElseThrow();
      Set<String> sources = new TreeSet<>();
      Set<String> eventsOfAlert = new TreeSet<>();
      for (AlertSource source : latest.getSources()) {
        sources.add(source.getReleaseId());
        String event = truth.eventOf().get(source.getReleaseId());
        if (event != null) {
          eventsOfAlert.add(event);
        }
      }
      alertSources.put(entry.getKey(), sources);
      if (eventsOfAlert.isEmpty()) {
        spurious++;
        example(examples, "spurious alert " + entry.getKey() + " from " + sources);
      }
      eventsOfAlert.forEach(event -> alertsOfEvent.computeIfAbsent(event, e -> new TreeSet<>()).add(entry.getKey()));
    }
    Set<String> events = new HashSet<>(truth.eventOf().values());
    long split = alertsOfEvent.values().stream().filter(ids -> ids.size() > 1).count();
    alertsOfEvent.forEach((event, ids) -> {
      if (ids.size() > 1) {
        example(examples, "event " + event + " split over " + ids);
      }
    });
    long missed = events.stream().filter(event -> !alertsOfEvent.containsKey(event)).count();
    events.stream().filter(event -> !alertsOfEvent.containsKey(event)).forEach(e -> example(examples, "no alert for " + e));
    return new Verification(lost, duplicated, invented, wronglyRejected, escaped, missingOriginals, originals.size(),
        versionsDuplicated, versionsLost, events.size(), alertsOfEvent.size(), split, missed, spurious,
        List.copyOf(examples), new Outputs(new TreeSet<>(onTagged.keySet()), new TreeSet<>(onDuplicates.keySet()),
            new TreeSet<>(onRejected.keySet()), alertSources));
  }

  /** How this run's outputs differ from a fault-free run's on the same input (0 everywhere when identical). */
  String differencesFrom(Verification baseline) {
    Outputs a = outputs;
    Outputs b = baseline.outputs;
    return "tagged " + symmetricDifference(a.tagged(), b.tagged()) + ", duplicates "
        + symmetricDifference(a.duplicates(), b.duplicates()) + ", rejected "
        + symmetricDifference(a.rejected(), b.rejected()) + ", alert ids "
        + symmetricDifference(a.alertSources().keySet(), b.alertSources().keySet()) + ", alert source sets "
        + symmetricDifference(new HashSet<>(a.alertSources().values()), new HashSet<>(b.alertSources().values()));
  }

  private static <T> int symmetricDifference(Set<T> a, Set<T> b) {
    Set<T> onlyA = new HashSet<>(a);
    onlyA.removeAll(b);
    Set<T> onlyB = new HashSet<>(b);
    onlyB.removeAll(a);
    return onlyA.size() + onlyB.size();
  }

  String summary() {
    return String.format("lost %d, duplicated %d, invented %d, wrongly rejected %d | escaped families %d of %d, "
            + "originals missing %d | events %d: alerted %d, split %d, missed %d, spurious alerts %d | alert versions "
            + "duplicated %d, lost %d", lost, duplicated, invented, wronglyRejected, escapedFamilies, families,
        missingOriginals, events, alertedEvents, splitEvents, missedEvents, spuriousAlerts, alertVersionsDuplicated,
        alertVersionsLost);
  }

  private static void example(List<String> examples, String text) {
    if (examples.size() < 12) {
      examples.add(text);
    }
  }
}
