package dev.newsroom.app;

import static org.awaitility.Awaitility.await;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Alert;
import dev.newsroom.producer.PublishOutcome;
import dev.newsroom.producer.ReadItem;
import dev.newsroom.producer.ReleaseFiles;
import dev.newsroom.producer.ReleasePublisher;
import dev.newsroom.producer.SourceDefaults;
import dev.newsroom.schemas.Topics;
import dev.newsroom.streams.NewsroomStreams;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * A running Newsroom topology on a real broker, with its own topics (a fresh prefix per test) and readers of
 * every output topic.
 */
final class Pipeline implements AutoCloseable {

  final NewsroomConfig config;
  final Topics topics;
  final NewsroomStreams streams;
  final RecordedTopic<TaggedRelease> tagged;
  final RecordedTopic<TaggedRelease> duplicates;
  final RecordedTopic<RejectedRecord> rejected;
  final RecordedTopic<Alert> alerts;
  final RecordedTopic<PairLevel> ledger;
  private final String bootstrap;
  private NewsroomStreams second;

  Pipeline(KafkaBroker broker, Path stateDir) {
    this(broker, stateDir, Map.of());
  }

  Pipeline(KafkaBroker broker, Path stateDir, Map<String, String> settings) {
    bootstrap = broker.bootstrapServers();
    String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> flags = new HashMap<>(settings);
    // Verdicts become final when every raw partition passed them by the grace, or went idle: a test publishes a
    // few releases and stops, so let idle partitions release the verdicts after 2 s rather than 30 s.
    flags.putIfAbsent("newsroom.dedup.idle.timeout", "2s");
    flags.put("kafka.bootstrap.servers", bootstrap);
    flags.put("kafka.streams.application.id", prefix + "-streams");
    flags.put("kafka.streams.state.dir", stateDir.toString());
    flags.put("kafka.consumer.group.id", prefix + "-alerts");
    for (String key : Topics.DEFAULT_NAMES.keySet()) {
      flags.put(key, prefix + "." + Topics.DEFAULT_NAMES.get(key));
    }
    config = NewsroomConfig.load(null, Map.of(), flags);
    topics = config.topics();
    KafkaSetup.ensureTopics(config);
    streams = new NewsroomStreams(topics, config.pipeline(), config.kafka("streams"));
    streams.start();
    await().atMost(Duration.ofSeconds(60)).until(() -> streams.state() == KafkaStreams.State.RUNNING);
    tagged = new RecordedTopic<>(bootstrap, topics.taggedReleases().name(), topics.taggedReleases().valueSerde().deserializer());
    duplicates = new RecordedTopic<>(bootstrap, topics.duplicates().name(), topics.duplicates().valueSerde().deserializer());
    rejected = new RecordedTopic<>(bootstrap, topics.rejected().name(), topics.rejected().valueSerde().deserializer());
    alerts = new RecordedTopic<>(bootstrap, topics.alerts().name(), topics.alerts().valueSerde().deserializer());
    ledger = new RecordedTopic<>(bootstrap, topics.ledger().name(), topics.ledger().valueSerde().deserializer());
  }

  /** Publishes files as the publish command does, with the given source kind; returns the release ids. */
  List<String> publish(String kind, Path... files) {
    List<ReadItem> items = new ReleaseFiles(SourceDefaults.of(kind + " desk", kind), Clock.systemUTC())
        .read(List.of(files));
    try (ReleasePublisher publisher = new ReleasePublisher(config.kafka("producer"), topics.rawReleases())) {
      List<PublishOutcome> outcomes = publisher.publish(items);
      if (!outcomes.stream().allMatch(PublishOutcome::isPublished)) {
        throw new AssertionError("publishing failed: " + outcomes);
      }
      return outcomes.stream().map(PublishOutcome::releaseId).toList();
    }
  }

  void publish(RawRelease release) {
    try (var producer = new KafkaProducer<>(config.kafka("producer"), topics.rawReleases().keySerde().serializer(),
        topics.rawReleases().valueSerde().serializer())) {
      producer.send(new ProducerRecord<>(topics.rawReleases().name(), release.getId(), release));
    }
  }

  void publishBytes(String key, byte[] value) {
    try (var producer = new KafkaProducer<>(config.kafka("producer"), new StringSerializer(),
        new ByteArraySerializer())) {
      producer.send(new ProducerRecord<>(topics.rawReleases().name(), key, value));
    }
  }

  /** The flags that point a command at this pipeline's broker and topics (and schema registry, if it has one). */
  List<String> commandFlags() {
    List<String> flags = new java.util.ArrayList<>(List.of("--bootstrap-server", bootstrap));
    for (String key : Topics.DEFAULT_NAMES.keySet()) {
      flags.add("--set");
      flags.add(key + "=" + config.newsroomSettings().get(key));
    }
    if (!config.get(Topics.SCHEMA_REGISTRY_URL).isEmpty()) {
      flags.add("--set");
      flags.add(Topics.SCHEMA_REGISTRY_URL + "=" + config.get(Topics.SCHEMA_REGISTRY_URL));
    }
    return flags;
  }

  /** The latest version of each alert, by alert id. */
  Map<String, Alert> latestAlerts() {
    Map<String, Alert> latest = new HashMap<>();
    alerts.values().forEach(alert -> latest.merge(alert.getAlertId(), alert,
        (a, b) -> a.getVersion() >= b.getVersion() ? a : b));
    return latest;
  }

  String bootstrap() {
    return bootstrap;
  }

  /**
   * Starts a second instance of the same application (the partitions are split between the two) with its state in
   * {@code stateDir}, and waits until both run; it is closed with the pipeline.
   */
  NewsroomStreams startSecondInstance(Path stateDir) {
    Properties props = config.kafka("streams");
    props.put("state.dir", stateDir.toString());
    second = new NewsroomStreams(topics, config.pipeline(), props);
    second.start();
    await().atMost(Duration.ofSeconds(60)).until(() -> second.state() == KafkaStreams.State.RUNNING
        && streams.state() == KafkaStreams.State.RUNNING);
    return second;
  }

  @Override
  public void close() {
    tagged.close();
    duplicates.close();
    rejected.close();
    alerts.close();
    ledger.close();
    if (second != null) {
      second.close();
    }
    streams.close();
  }
}
