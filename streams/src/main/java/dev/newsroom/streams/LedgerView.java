package dev.newsroom.streams;

import dev.newsroom.avro.PairLevel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the pair ledger of the running topology through interactive queries. {@link #get} and {@link #all} see
 * the partitions this instance hosts (with one instance, the whole ledger); {@link #hostOf} and {@link #hosts}
 * say which instances host the rest, when the instances advertise their address ({@code application.server}).
 */
public final class LedgerView {

  private final KafkaStreams streams;
  private final Optional<HostInfo> self;

  LedgerView(KafkaStreams streams, Optional<HostInfo> self) {
    this.streams = streams;
    this.self = self;
  }

  /** The level of a pair such as {@code JP-KH} (codes in either order), if this instance hosts it. */
  public Optional<PairLevel> get(String pair) {
    return Optional.ofNullable(store().get(canonical(pair)));
  }

  /** The entries this instance hosts. */
  public List<PairLevel> all() {
    if (hostsNoPartition()) {
      return List.of(); // the store would say it "may have migrated": true, but here it is simply empty
    }
    List<PairLevel> levels = new ArrayList<>();
    try (KeyValueIterator<String, PairLevel> entries = store().all()) {
      entries.forEachRemaining(entry -> levels.add(entry.value));
    }
    return levels;
  }

  /** This instance's address as the others know it ({@code application.server}); empty when it has none. */
  public Optional<HostInfo> self() {
    return self;
  }

  /**
   * The instance hosting a pair's entry (active, not standby): the pair is keyed by its canonical text, in the
   * store's partition the default partitioner gives that key. Empty while the assignment is unknown (the
   * instance is starting or rebalancing) or when the instances advertise no address.
   */
  public Optional<HostInfo> hostOf(String pair) {
    try {
      KeyQueryMetadata where = streams.queryMetadataForKey(NewsroomTopology.LEDGER_STORE, canonical(pair),
          Serdes.String().serializer());
      if (where == null || KeyQueryMetadata.NOT_AVAILABLE.equals(where)
          || HostInfo.unavailable().equals(where.activeHost())) {
        return Optional.empty();
      }
      return Optional.of(where.activeHost());
    } catch (StreamsException | IllegalStateException e) {
      return Optional.empty(); // not started, or stopping
    }
  }

  /** Every instance hosting part of the ledger (this one among them), as advertised. */
  public Set<HostInfo> hosts() {
    Set<HostInfo> hosts = new LinkedHashSet<>();
    try {
      for (StreamsMetadata metadata : streams.streamsMetadataForStore(NewsroomTopology.LEDGER_STORE)) {
        if (!HostInfo.unavailable().equals(metadata.hostInfo())) {
          hosts.add(metadata.hostInfo());
        }
      }
    } catch (StreamsException | IllegalStateException e) {
      // not started, or stopping: no one known
    }
    return hosts;
  }

  /** Running, with more instances than the ledger has partitions, this one may host none of them. */
  private boolean hostsNoPartition() {
    if (self.isEmpty() || streams.state() != KafkaStreams.State.RUNNING) {
      return false;
    }
    try {
      return streams.metadataForAllStreamsClients().stream()
          .filter(metadata -> metadata.hostInfo().equals(self.get()))
          .noneMatch(metadata -> metadata.stateStoreNames().contains(NewsroomTopology.LEDGER_STORE));
    } catch (StreamsException | IllegalStateException e) {
      return false;
    }
  }

  /** {@code kh-jp} → {@code JP-KH}: upper case, codes sorted, as pairs are keyed. */
  public static String canonical(String pair) {
    String[] codes = pair.strip().toUpperCase(Locale.ROOT).split("[-_/ ]+");
    if (codes.length != 2 || codes[0].isEmpty() || codes[1].isEmpty()) {
      throw new IllegalArgumentException("a pair is two codes such as JP-KH, got '" + pair + "'");
    }
    return codes[0].compareTo(codes[1]) <= 0 ? codes[0] + "-" + codes[1] : codes[1] + "-" + codes[0];
  }

  private ReadOnlyKeyValueStore<String, PairLevel> store() {
    try {
      return streams.store(StoreQueryParameters.fromNameAndType(NewsroomTopology.LEDGER_STORE,
          QueryableStoreTypes.keyValueStore()));
    } catch (InvalidStateStoreException e) {
      throw new IllegalStateException("the ledger is not queryable yet (state " + streams.state() + "); retry shortly", e);
    }
  }
}
