package dev.newsroom.schemas;

import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Alert;
import java.util.List;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed registry of Newsroom's public topics, built from settings ({@code newsroom.topic.*}).
 *
 * <p>The raw topic is read as bytes by the topology, which decodes it itself so that a record that is not a
 * {@link RawRelease} is rejected with its reason instead of stopping the application; producers write it
 * with {@link #rawReleases()}.
 *
 * <p>Values are in Avro's single-object encoding ({@link Contracts}), or, when {@value #SCHEMA_REGISTRY_URL} is set,
 * written in the schema-registry wire format and read in either ({@link RegistryWireSerde}).
 */
public record Topics(
    TopicSpec<String, RawRelease> rawReleases,
    TopicSpec<String, TaggedRelease> taggedReleases,
    TopicSpec<String, TaggedRelease> duplicates,
    TopicSpec<String, RejectedRecord> rejected,
    TopicSpec<String, Alert> alerts,
    TopicSpec<String, PairLevel> ledger,
    TopicSpec<String, PairLevel> ledgerSeeds) {

  public static final String RAW = "newsroom.topic.raw";
  public static final String TAGGED = "newsroom.topic.tagged";
  public static final String DUPLICATES = "newsroom.topic.duplicates";
  public static final String REJECTED = "newsroom.topic.rejected";
  public static final String ALERTS = "newsroom.topic.alerts";
  public static final String LEDGER = "newsroom.topic.ledger";
  public static final String LEDGER_SEEDS = "newsroom.topic.ledger.seeds";

  /** A Confluent-compatible schema registry's API root; empty (the default) for single-object encoding. */
  public static final String SCHEMA_REGISTRY_URL = "newsroom.schema.registry.url";

  public static final Map<String, String> DEFAULT_NAMES = Map.of(
      RAW, "newsroom.releases.raw",
      TAGGED, "newsroom.releases.tagged",
      DUPLICATES, "newsroom.releases.duplicates",
      REJECTED, "newsroom.releases.rejected",
      ALERTS, "newsroom.alerts",
      LEDGER, "newsroom.ledger",
      LEDGER_SEEDS, "newsroom.ledger.seeds");

  private static final Duration WEEK = Duration.ofDays(7);
  private static final Duration MONTH = Duration.ofDays(30);

  /** Builds the registry; a setting missing from {@code settings} takes its default name. */
  public static Topics from(Map<String, String> settings) {
    Serde<String> keys = Serdes.String();
    Optional<SchemaRegistry> registry = registry(settings);
    // Raw releases and duplicates are kept a week (enough to reprocess), tagged releases and rejections a month.
    return new Topics(
        TopicSpec.retained(name(settings, RAW), keys, values(Contracts.RAW_RELEASE, registry), WEEK),
        TopicSpec.retained(name(settings, TAGGED), keys, values(Contracts.TAGGED_RELEASE, registry), MONTH),
        TopicSpec.retained(name(settings, DUPLICATES), keys, values(Contracts.TAGGED_RELEASE, registry), WEEK),
        TopicSpec.retained(name(settings, REJECTED), keys, values(Contracts.REJECTED_RECORD, registry), MONTH),
        new TopicSpec<>(name(settings, ALERTS), keys, values(Contracts.ALERT, registry), true),
        new TopicSpec<>(name(settings, LEDGER), keys, values(Contracts.PAIR_LEVEL, registry), true),
        new TopicSpec<>(name(settings, LEDGER_SEEDS), keys, values(Contracts.PAIR_LEVEL, registry), true));
  }

  public static Topics defaults() {
    return from(Map.of());
  }

  public List<TopicSpec<?, ?>> all() {
    return List.of(rawReleases, taggedReleases, duplicates, rejected, alerts, ledger, ledgerSeeds);
  }

  /** The registry named by the settings, shared by every topic's serde (one cache of ids), if any. */
  private static Optional<SchemaRegistry> registry(Map<String, String> settings) {
    String url = settings.getOrDefault(SCHEMA_REGISTRY_URL, "").strip();
    if (url.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new SchemaRegistry(url));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(SCHEMA_REGISTRY_URL + ": " + e.getMessage(), e);
    }
  }

  private static <V extends SpecificRecord> Serde<V> values(AvroSerde<V> singleObject,
      Optional<SchemaRegistry> registry) {
    return registry.<Serde<V>>map(r -> new RegistryWireSerde<>(singleObject, r)).orElse(singleObject);
  }

  private static String name(Map<String, String> settings, String key) {
    String name = settings.getOrDefault(key, DEFAULT_NAMES.get(key)).trim();
    if (name.isEmpty() || !name.matches("[a-zA-Z0-9._-]{1,249}")) {
      throw new IllegalArgumentException(
          key + "='" + name + "' is not a valid Kafka topic name (letters, digits, '.', '_', '-'; 1-249 chars)");
    }
    return name;
  }
}
