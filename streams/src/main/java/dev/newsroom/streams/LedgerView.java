package dev.newsroom.streams;

import dev.newsroom.avro.PairLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * Reads the pair ledger of the running topology through an interactive query. It sees the partitions this
 * instance hosts: with one instance, the whole ledger.
 */
public final class LedgerView {

  private final KafkaStreams streams;

  LedgerView(KafkaStreams streams) {
    this.streams = streams;
  }

  /** The level of a pair such as {@code JP-KH} (codes in either order). */
  public Optional<PairLevel> get(String pair) {
    return Optional.ofNullable(store().get(canonical(pair)));
  }

  public List<PairLevel> all() {
    List<PairLevel> levels = new ArrayList<>();
    try (KeyValueIterator<String, PairLevel> entries = store().all()) {
      entries.forEachRemaining(entry -> levels.add(entry.value));
    }
    return levels;
  }

  /** {@code kh-jp} → {@code JP-KH}: upper case, codes sorted, as pairs are keyed. */
  public static String canonical(String pair) {
    String[] codes = pair.strip().toUpperCase(java.util.Locale.ROOT).split("[-_/ ]+");
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
