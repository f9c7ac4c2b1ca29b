package dev.newsroom.producer.ingest;

/**
 * What each source has seen, by source id and item key (entry ids, validators, file fingerprints), so a
 * restarted ingester neither re-publishes nor skips. {@link #put} returns once the value is durable.
 */
public interface IngestState {

  /** The value stored for this item, or null. */
  String get(String sourceId, String key);

  void put(String sourceId, String key, String value);

  /** Stored keys: source id and item key joined by '/', which a source id never contains. */
  static String key(String sourceId, String key) {
    return sourceId + "/" + key;
  }
}
