package dev.newsroom.streams;

import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import dev.newsroom.avro.internal.NearDuplicateMessage;
import dev.newsroom.schemas.AvroSerde;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.schemas.Topics;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
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
 * near-duplicate detection over LSH bands → tagged or duplicates; upgrades and downgrades → one alert per
 * real-world event and a ledger of each pair's current level. Every operator, store and repartition
 * topic is named, and the builder refuses generated names, so internal topics stay stable across versions.
 */
public final class NewsroomTopology {

  public static final String FINGERPRINT_STORE = "dedup-fingerprints";
  /** Each pair's latest event per kind, direction and to-level, with its alert (replaces v1's upgrade-alerts). */
  public static final String EVENT_STORE = "pair-events";
  /** The ledger of each pair's current level; queryable (interactive queries) under this name. */
  public static final String LEDGER_STORE = "pair-ledger";
  public static final String BY_FINGERPRINT = "releases-by-fingerprint";
  public static final String BY_PAIR = "upgrades-by-pair";
  public static final String BY_LSH_BAND = "releases-by-lsh-band";
  public static final String NEAR_DUPLICATE_BY_RELEASE = "near-duplicate-evidence-by-release";
  public static final String LSH_BAND_STORE = "near-duplicate-lsh-bands";
  public static final String NEAR_DUPLICATE_PENDING_STORE = "near-duplicate-pending";

  private NewsroomTopology() {}

  /**
   * Builds the topology.
   *
   * @param streamsProperties the Kafka Streams configuration it will run with (application id, bootstrap
   *     servers, ...); explicit internal naming is enforced on top of it
   */
  public static Topology build(Topics topics, PipelineSettings settings, Properties streamsProperties) {
    AvroSerde.trustContracts();
    Properties props = new Properties();
    props.putAll(streamsProperties);
    props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
    StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(props)));
    ReleaseTagger tagger = new ReleaseTagger(ReleaseAnalyzer.standard());

    builder.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(FINGERPRINT_STORE, settings.dedupRetention(), settings.dedupRetention(), false),
        Serdes.String(), Serdes.String()));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EVENT_STORE), Serdes.String(), PairEventsProcessor.STATE));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(LEDGER_STORE), Serdes.String(), Contracts.PAIR_LEVEL));
    builder.addStateStore(Stores.windowStoreBuilder(
        Stores.persistentWindowStore(LSH_BAND_STORE, settings.dedupRetention(), settings.dedupRetention(), true),
        Serdes.String(), Contracts.NEAR_DUPLICATE_MESSAGE));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(NEAR_DUPLICATE_PENDING_STORE), Serdes.String(),
        Contracts.NEAR_DUPLICATE_MESSAGE));

    Map<String, KStream<String, Checked>> checked = builder
        .stream(topics.rawReleases().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw"))
        .processValues(() -> new CheckReleaseProcessor(Contracts.RAW_RELEASE, tagger), Named.as("check-release"))
        .split(Named.as("checked-"))
        .branch((id, result) -> result.isAccepted(), Branched.as("accepted"))
        .defaultBranch(Branched.as("rejected"));

    checked.get("checked-rejected")
        .mapValues(Checked::rejection, Named.as("unwrap-rejection"))
        .to(topics.rejected().name(), produced(topics.rejected(), "write-rejected"));

    Map<String, KStream<String, TaggedRelease>> exact = checked.get("checked-accepted")
        .mapValues(Checked::release, Named.as("unwrap-release"))
        .selectKey((id, release) -> release.getFingerprint(), Named.as("key-by-fingerprint"))
        .repartition(Repartitioned.<String, TaggedRelease>as(BY_FINGERPRINT)
            .withKeySerde(Serdes.String()).withValueSerde(Contracts.TAGGED_RELEASE))
        .processValues(() -> new ExactDeduplicator(FINGERPRINT_STORE, settings.dedupRetention()),
            Named.as("dedup-exact"), FINGERPRINT_STORE)
        .selectKey((fingerprint, release) -> release.getId(), Named.as("key-by-release-id"))
        .split(Named.as("exact-"))
        .branch((id, release) -> release.getVerdict() == Verdict.UNIQUE, Branched.as("unique"))
        .defaultBranch(Branched.as("duplicate"));
    exact.get("exact-duplicate")
        .to(topics.duplicates().name(), produced(topics.duplicates(), "write-exact-duplicates"));

    Map<String, KStream<String, TaggedRelease>> near = nearDuplicates(exact.get("exact-unique"), settings)
        .split(Named.as("near-"))
        .branch((id, release) -> release.getVerdict() == Verdict.UNIQUE, Branched.as("unique"))
        .defaultBranch(Branched.as("duplicate"));
    near.get("near-duplicate")
        .to(topics.duplicates().name(), produced(topics.duplicates(), "write-near-duplicates"));
    KStream<String, TaggedRelease> unique = near.get("near-unique");
    unique.to(topics.taggedReleases().name(), produced(topics.taggedReleases(), "write-tagged"));

    pairEvents(builder, topics, unique, settings);
    return builder.build(props);
  }

  /**
   * Moves of each pair (partnership upgrades and downgrades, changes of diplomatic representation), keyed by
   * pair: alerts (one per real-world event, through its stages) and the ledger of each pair's standing on both
   * ladders, which known relationships can be seeded into.
   */
  private static void pairEvents(StreamsBuilder builder, Topics topics, KStream<String, TaggedRelease> unique,
      PipelineSettings settings) {
    UpgradeEvents events = new UpgradeEvents(settings.alertWindow(), settings.alertLifecycle());
    PairLedger ledger = new PairLedger(PartnershipLadder.standard());
    KStream<String, PairEvent> fromReports = unique
        .filter((id, release) -> !release.getMoves().isEmpty(), Named.as("keep-moves"))
        // One record per pair the release moves, so that each pair's task sees it.
        .flatMap((id, release) -> release.getMoves().stream().map(move -> String.join("-", move.getPair()))
            .distinct().map(pair -> KeyValue.pair(pair, release)).toList(), Named.as("key-by-pair"))
        .repartition(Repartitioned.<String, TaggedRelease>as(BY_PAIR)
            .withKeySerde(Serdes.String()).withValueSerde(Contracts.TAGGED_RELEASE))
        .process(() -> new PairEventsProcessor(events, ledger), Named.as("correlate-moves"), EVENT_STORE,
            LEDGER_STORE);
    KStream<String, PairEvent> fromSeeds = builder
        .stream(topics.ledgerSeeds().name(), Consumed.with(topics.ledgerSeeds().keySerde(),
            topics.ledgerSeeds().valueSerde()).withName("read-ledger-seeds"))
        .process(LedgerSeedProcessor::new, Named.as("apply-ledger-seeds"), LEDGER_STORE);
    Map<String, KStream<String, PairEvent>> out = fromReports
        .merge(fromSeeds, Named.as("merge-pair-events"))
        .split(Named.as("pair-event-"))
        .branch((key, event) -> event instanceof PairEvent.AlertChanged, Branched.as("alert"))
        .defaultBranch(Branched.as("ledger"));
    out.get("pair-event-alert")
        .mapValues(event -> ((PairEvent.AlertChanged) event).alert(), Named.as("unwrap-alert"))
        .to(topics.alerts().name(), produced(topics.alerts(), "write-alerts"));
    out.get("pair-event-ledger")
        .mapValues(event -> ((PairEvent.LedgerChanged) event).level(), Named.as("unwrap-ledger"))
        .to(topics.ledger().name(), produced(topics.ledger(), "write-ledger"));
  }

  /**
   * Near-duplicate detection that works at any partition count: each release fans out to its LSH bands
   * (repartitioned by band, so similar releases meet), each band's verdict comes back keyed by release id
   * together with the release itself, and one decider per release picks the most similar earlier release.
   */
  private static KStream<String, TaggedRelease> nearDuplicates(KStream<String, TaggedRelease> releases,
      PipelineSettings settings) {
    NearDuplicateMessages messages = new NearDuplicateMessages(settings.nearDuplicatePolicy());
    KStream<String, NearDuplicateMessage> bandVerdicts = releases
        .flatMap((id, release) -> messages.bands(release), Named.as("fan-out-lsh-bands"))
        .repartition(Repartitioned.<String, NearDuplicateMessage>as(BY_LSH_BAND)
            .withKeySerde(Serdes.String()).withValueSerde(Contracts.NEAR_DUPLICATE_MESSAGE))
        .process(() -> new LshBandMatcher(LSH_BAND_STORE, settings.dedupRetention(),
            settings.nearDuplicatePolicy().threshold()), Named.as("match-lsh-band"), LSH_BAND_STORE);
    return releases
        .mapValues(NearDuplicateMessages::release, Named.as("wrap-release"))
        .merge(bandVerdicts, Named.as("merge-band-verdicts"))
        .repartition(Repartitioned.<String, NearDuplicateMessage>as(NEAR_DUPLICATE_BY_RELEASE)
            .withKeySerde(Serdes.String()).withValueSerde(Contracts.NEAR_DUPLICATE_MESSAGE))
        .processValues(() -> new NearDuplicateDecider(NEAR_DUPLICATE_PENDING_STORE,
            settings.nearDuplicatePolicy().bands()), Named.as("decide-near-duplicate"), NEAR_DUPLICATE_PENDING_STORE);
  }

  private static <V> Produced<String, V> produced(TopicSpec<String, V> topic, String name) {
    return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
  }
}
