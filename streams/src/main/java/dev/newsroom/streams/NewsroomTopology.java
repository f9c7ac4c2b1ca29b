package dev.newsroom.streams;

import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.UpgradeAlert;
import dev.newsroom.avro.Verdict;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.schemas.Topics;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The one topology of Newsroom: check (decode, validate, tag) → exact dedup on the content fingerprint →
 * tagged or duplicates; upgrades → one alert per real-world event. Every operator, store and repartition
 * topic is named, and the builder refuses generated names, so internal topics stay stable across versions.
 */
public final class NewsroomTopology {

  public static final String FINGERPRINT_STORE = "dedup-fingerprints";
  public static final String ALERT_STORE = "upgrade-alerts";
  public static final String BY_FINGERPRINT = "releases-by-fingerprint";
  public static final String BY_PAIR = "upgrades-by-pair";

  private NewsroomTopology() {}

  /**
   * Builds the topology.
   *
   * @param streamsProperties the Kafka Streams configuration it will run with (application id, bootstrap
   *     servers, ...); explicit internal naming is enforced on top of it
   */
  public static Topology build(Topics topics, PipelineSettings settings, Properties streamsProperties) {
    Properties props = new Properties();
    props.putAll(streamsProperties);
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
    ReleaseTagger tagger = new ReleaseTagger(ReleaseAnalyzer.standard());

    builder.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(FINGERPRINT_STORE, settings.dedupRetention(), settings.dedupRetention(), false),
        Serdes.String(), Serdes.String()));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(ALERT_STORE), Serdes.String(), Contracts.UPGRADE_ALERT));

    Map<String, KStream<String, Checked>> checked = builder
        .stream(topics.rawReleases().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw"))
        .processValues(() -> new CheckReleaseProcessor(Contracts.RAW_RELEASE, tagger), Named.as("check-release"))
        .split(Named.as("checked-"))
        .branch((id, result) -> result.isAccepted(), Branched.as("accepted"))
        .defaultBranch(Branched.as("rejected"));

    checked.get("checked-rejected")
        .mapValues(Checked::rejection, Named.as("unwrap-rejection"))
        .to(topics.rejected().name(), produced(topics.rejected(), "write-rejected"));

    Map<String, KStream<String, TaggedRelease>> verdicts = checked.get("checked-accepted")
        .mapValues(Checked::release, Named.as("unwrap-release"))
        .selectKey((id, release) -> release.getFingerprint(), Named.as("key-by-fingerprint"))
        .repartition(Repartitioned.<String, TaggedRelease>as(BY_FINGERPRINT)
            .withKeySerde(Serdes.String()).withValueSerde(Contracts.TAGGED_RELEASE))
        .processValues(() -> new ExactDeduplicator(FINGERPRINT_STORE, settings.dedupRetention()),
            Named.as("dedup-exact"), FINGERPRINT_STORE)
        .selectKey((fingerprint, release) -> release.getId(), Named.as("key-by-release-id"))
        .split(Named.as("verdict-"))
        .branch((id, release) -> release.getVerdict() == Verdict.UNIQUE, Branched.as("unique"))
        .defaultBranch(Branched.as("duplicate"));

    verdicts.get("verdict-duplicate")
        .to(topics.duplicates().name(), produced(topics.duplicates(), "write-duplicates"));
    KStream<String, TaggedRelease> unique = verdicts.get("verdict-unique");
    unique.to(topics.taggedReleases().name(), produced(topics.taggedReleases(), "write-tagged"));

    UpgradeEvents events = new UpgradeEvents(settings.alertWindow());
    unique
        .filter((id, release) -> release.getUpgrade() != null, Named.as("keep-upgrades"))
        .selectKey((id, release) -> String.join("-", release.getUpgrade().getPair()), Named.as("key-by-pair"))
        .repartition(Repartitioned.<String, TaggedRelease>as(BY_PAIR)
            .withKeySerde(Serdes.String()).withValueSerde(Contracts.TAGGED_RELEASE))
        .<String, UpgradeAlert>process(() -> new AlertCorrelator(ALERT_STORE, events),
            Named.as("correlate-upgrades"), ALERT_STORE)
        .to(topics.alerts().name(), produced(topics.alerts(), "write-alerts"));

    return builder.build(props);
  }

  private static <V> Produced<String, V> produced(TopicSpec<String, V> topic, String name) {
    return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
  }
}
