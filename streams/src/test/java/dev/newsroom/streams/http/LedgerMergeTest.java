package dev.newsroom.streams.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsroom.avro.PairLevel;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerMergeTest {

  private static JsonNode entry(String a, String b, String level, String updatedAt) {
    return LedgerJson.toNode(new PairLevel(List.of(a, b), level, Instant.parse("2023-09-10T00:00:00Z"), List.of("rel-1"),
        "release", Instant.parse(updatedAt), null));
  }

  @Test
  void shouldSortEveryInstancesEntriesByPair() {
    JsonNode local = entry("VN", "US", "comprehensive strategic partnership", "2024-01-01T00:00:00Z");
    JsonNode remote = entry("JP", "KH", "comprehensive strategic partnership", "2024-01-01T00:00:00Z");
    JsonNode other = entry("ID", "VN", "strategic partnership", "2024-01-01T00:00:00Z");

    assertThat(LedgerMerge.merge(List.of(local, remote, other)))
        .extracting(node -> node.get("pair").get(0).asText() + "-" + node.get("pair").get(1).asText())
        .containsExactly("ID-VN", "JP-KH", "VN-US");
  }

  @Test
  void shouldKeepTheLaterEntryWhenTwoInstancesAnswerForThePairWhileItMoves() {
    JsonNode older = entry("JP", "KH", "strategic partnership", "2024-01-01T00:00:00Z");
    JsonNode newer = entry("JP", "KH", "comprehensive strategic partnership", "2024-01-01T00:00:00.500Z");

    assertThat(LedgerMerge.merge(List.of(newer, older))).singleElement()
        .satisfies(node -> assertThat(node.get("level").asText()).isEqualTo("comprehensive strategic partnership"));
    assertThat(LedgerMerge.merge(List.of(older, newer))).singleElement()
        .satisfies(node -> assertThat(node.get("level").asText()).isEqualTo("comprehensive strategic partnership"));
  }
}
