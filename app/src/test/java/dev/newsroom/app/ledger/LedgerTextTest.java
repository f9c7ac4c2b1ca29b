package dev.newsroom.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RepresentationAction;
import dev.newsroom.avro.RepresentationLevel;
import dev.newsroom.streams.http.LedgerJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTextTest {

  private static final Instant NOV_2022 = Instant.parse("2022-11-12T10:00:00Z");
  private static final Instant MAY_2024 = Instant.parse("2024-05-02T08:00:00Z");

  @Test
  void shouldShowRepresentationBesidePartnershipLevel() {
    JsonNode entry = LedgerJson.toNode(new PairLevel(List.of("JP", "KH"), "comprehensive strategic partnership",
        NOV_2022, List.of("r1", "r2"), "release", MAY_2024, new RepresentationLevel("charge d'affaires",
            RepresentationAction.AMBASSADOR_RECALLED, MAY_2024, List.of("r3"))));

    assertThat(entry.get("representation").get("action").asText()).isEqualTo("ambassador_recalled");
    assertThat(entry.get("representation").get("established_by")).hasSize(1);
    assertThat(LedgerText.format(entry)).isEqualTo("JP-KH  comprehensive strategic partnership  since 2022-11-12"
        + "  (release, 2 releases)  representation: charge d'affaires  since 2024-05-02 (ambassador_recalled, 1 release)");
  }

  @Test
  void shouldShowPairWhoseOnlyKnownStandingIsRepresentation() {
    JsonNode entry = LedgerJson.toNode(new PairLevel(List.of("IL", "TR"), null, null, List.of(), "release", MAY_2024,
        new RepresentationLevel("no diplomatic relations", RepresentationAction.SEVERED, MAY_2024, List.of("r9"))));

    assertThat(entry.get("level").isNull()).isTrue();
    assertThat(LedgerText.format(entry)).isEqualTo("IL-TR  partnership level unknown  representation: "
        + "no diplomatic relations  since 2024-05-02 (severed, 1 release)");
  }

  @Test
  void shouldKeepOneLineFormOfEntryWithoutRepresentation() {
    JsonNode entry = LedgerJson.toNode(new PairLevel(List.of("JP", "KH"), "strategic partnership", null, List.of(),
        "seed", MAY_2024, null));

    assertThat(entry.get("representation").isNull()).isTrue();
    assertThat(LedgerText.format(entry)).isEqualTo("JP-KH  strategic partnership  (seed)");
  }
}
