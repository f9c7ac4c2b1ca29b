package dev.newsroom.producer.ingest;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** State kept in memory only: for {@code --once} runs without a state topic, and for tests. */
public final class MemoryIngestState implements IngestState {

  private final Map<String, String> values = new ConcurrentHashMap<>();

  @Override
  public String get(String sourceId, String key) {
    return values.get(IngestState.key(sourceId, key));
  }

  @Override
  public void put(String sourceId, String key, String value) {
    values.put(IngestState.key(sourceId, key), value);
  }

  public int size() {
    return values.size();
  }
}
