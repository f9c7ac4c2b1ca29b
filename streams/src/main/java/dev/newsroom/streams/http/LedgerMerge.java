package dev.newsroom.streams.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.Collection;
import java.util.TreeMap;

/**
 * The whole ledger from the instances' parts: one entry per pair, sorted by pair. Each pair lives in one
 * instance's store, but while a partition moves two instances may both answer for it; the later
 * {@code updated_at} then wins.
 */
final class LedgerMerge {

  private LedgerMerge() {}

  static ArrayNode merge(Collection<? extends JsonNode> entries) {
    TreeMap<String, JsonNode> byPair = new TreeMap<>();
    for (JsonNode entry : entries) {
      byPair.merge(pairOf(entry), entry, (a, b) -> updatedAt(b).compareTo(updatedAt(a)) > 0 ? b : a);
    }
    ArrayNode merged = LedgerJson.JSON.createArrayNode();
    byPair.values().forEach(merged::add);
    return merged;
  }

  private static String pairOf(JsonNode entry) {
    JsonNode pair = entry.path("pair");
    return pair.path(0).asText() + "-" + pair.path(1).asText();
  }

  /** ISO-8601 instants as {@code Instant.toString()} writes them compare in time order only when parsed. */
  private static java.time.Instant updatedAt(JsonNode entry) {
    String text = entry.path("updated_at").asText("");
    return text.isEmpty() ? java.time.Instant.MIN : java.time.Instant.parse(text);
  }
}
