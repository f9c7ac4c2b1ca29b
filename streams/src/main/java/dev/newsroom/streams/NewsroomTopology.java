package dev.newsroom.streams;

import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import dev.newsroom.schemas.AvroSerde;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.schemas.Topics;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.TopicConfig;
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
 * The one topology of Newsroom: check (decode, validate, tag) → deduplication (exact and near copies in one
 * pass: every release's sketch goes to every deduplication task, each keeps the LSH bands it owns and gives a
 * partial verdict once the release is final; the release's home combines them) → tagged or duplicates;
 * upgrades and downgrades → one alert per real-world event and a ledger of each pair's current level. Every
 * operator, store and repartition topic is named, and the builder refuses generated names, so internal topics
 * stay stable across versions.
 */
public final class NewsroomTopology {

  /** Each pair's latest event per kind, direction and to-level, with its alert (replaces v1's upgrade-alerts). */
  public static final String EVENT_STORE = "pair-events";
  /** The ledger of each pair's current level; queryable (interactive queries) under this name. */
  public static final String LEDGER_STORE = "pair-ledger";
  public static final String BY_PAIR = "upgrades-by-pair";
  /** Copies (the deduplication's verdicts) of releases that reported moves, keyed by pair, to correct alerts. */
  public static final String COPIES_BY_PAIR = "dedup-copies-by-pair";
  /**
   * Copies whose verdict reached the alert correlation before their report (the two travel on different
   * topics), keyed by pair and copy id, so that the report, when it comes, is not taken for a source.
   */
  public static final String COPY_STORE = "pair-early-copies";
  /** Sketches of every release, multicast to every deduplication task. */
  public static final String SKETCHES = "dedup-sketches";
  /** Partial verdicts, keyed by release id, to the release's home. */
  public static final String VERDICTS_BY_RELEASE = "dedup-verdicts-by-release";
  /** Releases, keyed by id, to their home, where they wait for their partial verdicts. */
  public static final String RELEASES_BY_ID = "dedup-releases-by-id";
  /** A deduplication task's retained releases: time and id → fingerprint and sketch. */
  public static final String SKETCH_STORE = "dedup-sketch-entries";
  /** A deduplication task's view of each raw partition's progress, and the time it decided through. */
  public static final String PROGRESS_STORE = "dedup-progress";
  /** Releases waiting at their home for their partial verdicts. */
  public static final String GATHERING_STORE = "dedup-gathering";

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

    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(EVENT_STORE), Serdes.String(), PairEventsProcessor.STATE));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(LEDGER_STORE), Serdes.String(), Contracts.PAIR_LEVEL));
    builder.addStateStore(Stores.keyValueStoreBuilder(
        // In memory (with its changelog, like every store here): a handful of entries, each gone within seconds.
        Stores.inMemoryKeyValueStore(COPY_STORE), Serdes.String(), Serdes.Long()));
    DedupMessageSerde dedupSerde = new DedupMessageSerde();
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.persistentKeyValueStore(SKETCH_STORE), Serdes.Bytes(), Serdes.ByteArray()));
    // Cached: the progress of a partition changes with every release; only its last value per commit matters.
    builder.addStateStore(Stores.keyValueStoreBuilder(
        Stores.inMemoryKeyValueStore(PROGRESS_STORE), Serdes.Integer(), Serdes.Long()).withCachingEnabled());
    builder.addStateStore(Stores.keyValueStoreBuilder(
        // In memory, restored from its changelog: a release waits here only until its verdict (about the grace),
        // so the store holds seconds of input, not history. On RocksDB each waiting 2 KB release was written,
        // read and deleted on disk, and the deleted ones stayed in its files until a compaction (19 of the 23 MB
        // of state after a 10,000-release catch-up).
        Stores.inMemoryKeyValueStore(GATHERING_STORE), Serdes.String(), dedupSerde)
        // Small segments, cleaned early: a restart restores the store from its changelog, which is mostly
        // releases already decided (and their tombstones) until the cleaner compacts them away.
        .withLoggingEnabled(Map.of(TopicConfig.SEGMENT_BYTES_CONFIG, String.valueOf(64 * 1024 * 1024),
            TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.1")));

    Map<String, KStream<String, Checked>> checked = builder
        .stream(topics.rawReleases().name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("read-raw"))
        .processValues(() -> new CheckReleaseProcessor(topics.rawReleases().valueSerde(), tagger), Named.as("check-release"))
        .split(Named.as("checked-"))
        .branch((id, result) -> result.isAccepted(), Branched.as("accepted"))
        .defaultBranch(Branched.as("rejected"));

    checked.get("checked-rejected")
        .mapValues(Checked::rejection, Named.as("unwrap-rejection"))
        .to(topics.rejected().name(), produced(topics.rejected(), "write-rejected"));

    KStream<String, TaggedRelease> accepted = checked.get("checked-accepted")
        .mapValues(Checked::release, Named.as("unwrap-release"));
    Map<String, KStream<String, TaggedRelease>> verdicts = deduplicate(accepted, settings, dedupSerde)
        .split(Named.as("dedup-"))
        .branch((id, release) -> release.getVerdict() == Verdict.UNIQUE, Branched.as("unique"))
        .defaultBranch(Branched.as("duplicate"));
    verdicts.get("dedup-duplicate")
        .to(topics.duplicates().name(), produced(topics.duplicates(), "write-duplicates"));
    KStream<String, TaggedRelease> unique = verdicts.get("dedup-unique");
    unique.to(topics.taggedReleases().name(), produced(topics.taggedReleases(), "write-tagged"));

    // The alert path does not wait for the deduplication verdict (about the grace, and three hops): every
    // accepted report goes to its pairs at once, and the verdict that one is a copy follows it to correct the
    // alert's sources.
    pairEvents(builder, topics, accepted, verdicts.get("dedup-duplicate"), settings);
    return builder.build(props);
  }

  /**
   * Moves of each pair (partnership upgrades and downgrades, changes of diplomatic representation), keyed by
   * pair: alerts (one per real-world event, through its stages) and the ledger of each pair's standing on both
   * ladders, which known relationships can be seeded into.
   */
  private static void pairEvents(StreamsBuilder builder, Topics topics, KStream<String, TaggedRelease> reports,
      KStream<String, TaggedRelease> copies, PipelineSettings settings) {
    PairEvents events = new PairEvents(settings.alertWindow(), settings.alertLifecycle());
    PairLedger ledger = new PairLedger(PartnershipLadder.standard());
    // Reports and copies come from different subtopologies, so each has its own repartition topic (a merge
    // before the hop would fuse check and the dedup decision into one subtopology); they meet after it.
    KStream<String, TaggedRelease> copiesByPair = byPair(copies, "copy", COPIES_BY_PAIR);
    KStream<String, PairEvent> fromReports = byPair(reports, "report", BY_PAIR)
        .merge(copiesByPair, Named.as("merge-reports-and-copies"))
        .process(() -> new PairEventsProcessor(events, ledger), Named.as("correlate-moves"), EVENT_STORE,
            LEDGER_STORE, COPY_STORE);
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

  /** The releases that report a move, once per pair they move, keyed and repartitioned by pair. */
  private static KStream<String, TaggedRelease> byPair(KStream<String, TaggedRelease> releases, String what,
      String topic) {
    return releases
        .filter((id, release) -> !release.getMoves().isEmpty(), Named.as("keep-" + what + "-moves"))
        // One record per pair the release moves, so that each pair's task sees it.
        .flatMap((id, release) -> release.getMoves().stream().map(move -> String.join("-", move.getPair()))
            .distinct().map(pair -> KeyValue.pair(pair, release)).toList(), Named.as("key-" + what + "-by-pair"))
        .repartition(Repartitioned.<String, TaggedRelease>as(topic)
            .withKeySerde(Serdes.String()).withValueSerde(Contracts.TAGGED_RELEASE));
  }

  /**
   * Exact and near deduplication in one pass, whatever the partition count and arrival order: each release's
   * sketch is multicast to every deduplication task (one message per partition, not one per band); a task keeps
   * the bands it owns and, once the release is final (the watermark passed its time plus the grace), sends its
   * partial verdict to the release's home, where the release itself waits (sent there on its own topic). The home's verdict: duplicate of the
   * earliest similar release, else unique.
   */
  private static KStream<String, TaggedRelease> deduplicate(KStream<String, TaggedRelease> releases,
      PipelineSettings settings, DedupMessageSerde serde) {
    KStream<String, DedupMessage> partials = releases
        .processValues(() -> new DedupSketcher(settings.nearDuplicatePolicy().minHash()), Named.as("sketch-release"))
        .repartition(Repartitioned.<String, DedupMessage>as(SKETCHES)
            .withKeySerde(Serdes.String()).withValueSerde(serde)
            .withNumberOfPartitions(settings.partitions())
            .withStreamPartitioner(new BroadcastPartitioner()))
        .process(() -> new DedupMatcher(settings), Named.as("match-sketches"), SKETCH_STORE, PROGRESS_STORE)
        .repartition(Repartitioned.<String, DedupMessage>as(VERDICTS_BY_RELEASE)
            .withKeySerde(Serdes.String()).withValueSerde(serde)
            .withNumberOfPartitions(settings.partitions()));
    // The release goes to its home on a topic of its own: merged into the partial verdicts before their hop,
    // it would put the matcher in the raw topic's tasks, which then wait for their own sketches to be fetched.
    KStream<String, DedupMessage> envelopes = releases
        .processValues(ReleaseEnvelope::new, Named.as("envelope-release"))
        .repartition(Repartitioned.<String, DedupMessage>as(RELEASES_BY_ID)
            .withKeySerde(Serdes.String()).withValueSerde(serde)
            .withNumberOfPartitions(settings.partitions()));
    return envelopes
        .merge(partials, Named.as("merge-partial-verdicts"))
        .processValues(() -> new DedupDecider(settings.partitions()), Named.as("decide-dedup"), GATHERING_STORE);
  }

  private static <V> Produced<String, V> produced(TopicSpec<String, V> topic, String name) {
    return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
  }
}
