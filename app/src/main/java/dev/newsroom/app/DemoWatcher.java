package dev.newsroom.app;

import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Alert;
import dev.newsroom.consumer.format.AlertText;
import dev.newsroom.schemas.Topics;
import dev.newsroom.schemas.read.TopicReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows the demo's output topics and tells when everything published has come through: every release is
 * tagged, duplicate or rejected, every kept upgrade report is a source of its alert and no copy is. Prints a
 * progress line per release and keeps the latest version of each alert.
 */
final class DemoWatcher implements AutoCloseable {

  private final TopicReader<String, byte[]> reader;
  private final Topics topics;
  private final PrintWriter out;
  private final Set<String> seenReleases = new HashSet<>();
  private final Map<String, Alert> latestAlerts = new LinkedHashMap<>();
  /** Releases the deduplication kept that report an upgrade: each is a source of the alert it raised. */
  private final Set<String> upgradeReports = new HashSet<>();
  /** Copies that report an upgrade: raised before their verdict, they leave the alert's sources after it. */
  private final Set<String> upgradeCopies = new HashSet<>();
  private boolean live;

  DemoWatcher(Properties consumerProperties, Topics topics, PrintWriter out) {
    this.reader = TopicReader.open(consumerProperties, new StringDeserializer(), new ByteArrayDeserializer(),
        Duration.ofSeconds(30), List.of(topics.taggedReleases().name(), topics.duplicates().name(),
            topics.rejected().name(), topics.alerts().name())).fromBeginning();
    this.topics = topics;
    this.out = out;
  }

  /** Reads until every one of {@code releaseIds} came through with its alerts, or the timeout. */
  boolean awaitSettled(Collection<String> releaseIds, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    reader.followUntil(() -> settled(releaseIds) || System.nanoTime() > deadline, this::show);
    return settled(releaseIds);
  }

  private boolean settled(Collection<String> releaseIds) {
    return seenReleases.containsAll(releaseIds) && alertsSettled();
  }

  /** Shows what arrives until {@code stop} says so. */
  void followUntil(BooleanSupplier stop) {
    reader.followUntil(stop, this::show);
  }

  /**
   * Whether the alerts are final: every kept upgrade report is a source of its alert, and no copy still is (an
   * alert is raised from every report at once; a copy's verdict, later, corrects its sources).
   */
  private boolean alertsSettled() {
    Set<String> sources = new HashSet<>();
    latestAlerts.values().forEach(alert -> alert.getSources().forEach(s -> sources.add(s.getReleaseId())));
    return sources.containsAll(upgradeReports) && upgradeCopies.stream().noneMatch(sources::contains);
  }

  /** From now on, print every alert version as it arrives. */
  void followLive() {
    live = true;
  }

  private void show(ConsumerRecords<String, byte[]> batch) {
    for (ConsumerRecord<String, byte[]> record : batch) {
      if (record.value() == null) {
        continue;
      }
      String topic = record.topic();
      if (topic.equals(topics.alerts().name())) {
        Alert alert = topics.alerts().valueSerde().deserializer().deserialize(topic, record.value());
        latestAlerts.put(alert.getAlertId(), alert);
        if (live) {
          out.println(AlertText.format(alert));
        }
      } else if (topic.equals(topics.rejected().name())) {
        RejectedRecord rejected = topics.rejected().valueSerde().deserializer().deserialize(topic, record.value());
        String key = rejected.getOriginalKey() == null ? "(no key)"
            : StandardCharsets.UTF_8.decode(rejected.getOriginalKey().duplicate()).toString();
        seenReleases.add(key);
        out.println("  rejected   " + key + ": " + rejected.getReason());
      } else {
        TaggedRelease release = topics.taggedReleases().valueSerde().deserializer().deserialize(topic, record.value());
        seenReleases.add(release.getId());
        boolean unique = topic.equals(topics.taggedReleases().name());
        if (release.getUpgrade() != null) {
          if (unique) {
            upgradeReports.add(release.getId());
          } else if (!release.getId().equals(release.getDuplicateOf())) {
            upgradeCopies.add(release.getId());
          }
        }
        out.println(unique ? "  tagged     " + describe(release)
            : "  duplicate  " + release.getId() + " (" + release.getSource().getName() + ") repeats "
                + release.getDuplicateOf());
      }
    }
    out.flush();
  }

  Collection<Alert> alerts() {
    return latestAlerts.values();
  }

  private static String describe(TaggedRelease release) {
    String pair = release.getPrimaryPair() == null ? "no pair" : "pair " + String.join("-", release.getPrimaryPair());
    String upgrade = release.getUpgrade() == null ? "no upgrade"
        : "upgrade to " + release.getUpgrade().getToLevel() + " (" + release.getUpgrade().getStage() + ")";
    return release.getId() + " (" + release.getSource().getName() + "): " + pair + ", " + upgrade;
  }

  @Override
  public void close() {
    reader.close();
  }
}
