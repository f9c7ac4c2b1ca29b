package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalysisJsonTest {

  private static final CountryPair JP_KH = CountryPair.of("JP", "KH");

  @Test
  void shouldWriteTheDocumentedShapeInFieldOrder() {
    Move upgrade = Move.partnership(Direction.UPGRADE, JP_KH, "strategic partnership",
        "comprehensive strategic partnership", Stage.AGREED, null, 1.0, "They agreed to \"elevate\" ties.");
    Analysis analysis = new Analysis("r1", List.of("JP", "KH"), List.of(new ScoredPair(JP_KH, 0.93)), JP_KH,
        List.of(upgrade), null);

    assertThat(AnalysisJson.toJson(analysis)).isEqualTo("{\"id\":\"r1\",\"countries\":[\"JP\",\"KH\"],"
        + "\"pairs\":[{\"pair\":[\"JP\",\"KH\"],\"score\":0.93}],\"primary_pair\":[\"JP\",\"KH\"],"
        + "\"upgrade\":{\"pair\":[\"JP\",\"KH\"],\"from_level\":\"strategic partnership\","
        + "\"to_level\":\"comprehensive strategic partnership\",\"stage\":\"agreed\","
        + "\"evidence\":\"They agreed to \\\"elevate\\\" ties.\"},\"downgrade\":null}");
  }

  @Test
  void shouldWriteNullsRatherThanOmitFields() {
    Analysis analysis = new Analysis("r2", List.of("JP"), List.of(), null, List.of(), null);

    assertThat(AnalysisJson.toJson(analysis))
        .isEqualTo("{\"id\":\"r2\",\"countries\":[\"JP\"],\"pairs\":[],\"primary_pair\":null,\"upgrade\":null,"
            + "\"downgrade\":null}");
  }

  @Test
  void shouldWriteTheDowngradeLastInTheUpgradeShape() {
    Move downgrade = Move.partnership(Direction.DOWNGRADE, JP_KH, "comprehensive strategic partnership",
        "strategic partnership", Stage.ANNOUNCED, null, 1.0, "Ties were downgraded.");
    String json = AnalysisJson.toJson(new Analysis("r4", List.of(), List.of(), JP_KH, List.of(downgrade), null));

    assertThat(json).endsWith("\"upgrade\":null,\"downgrade\":{\"pair\":[\"JP\",\"KH\"],"
        + "\"from_level\":\"comprehensive strategic partnership\",\"to_level\":\"strategic partnership\","
        + "\"stage\":\"announced\",\"evidence\":\"Ties were downgraded.\"}}");
  }

  @Test
  void shouldWriteANullFromLevelAndStayOnOneLine() {
    Move upgrade = Move.partnership(Direction.UPGRADE, JP_KH, null, "strategic partnership", Stage.TOOK_EFFECT,
        null, 1.0, "Line one.\nLine two.");
    String json = AnalysisJson.toJson(new Analysis("r3", List.of(), List.of(), JP_KH, List.of(upgrade), null));

    assertThat(json).contains("\"from_level\":null", "\"stage\":\"took_effect\"", "Line one.\\nLine two.")
        .doesNotContain("\n");
  }

  @Test
  void shouldReadAnInputLine() {
    AnalysisInput input = AnalysisJson.readInput(
        "{\"id\":\"a1\",\"title\":\"T\",\"text\":\"Body\",\"date\":\"2022-11-12\",\"source\":\"ignored\"}");

    assertThat(input).isEqualTo(new AnalysisInput("a1", "T", "Body", LocalDate.of(2022, 11, 12)));
  }

  @Test
  void shouldAcceptDateTimesMissingDatesAndMissingTitles() {
    assertThat(AnalysisJson.readInput("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2022-11-12T08:30:00+07:00\"}").date())
        .isEqualTo(LocalDate.of(2022, 11, 12));
    assertThat(AnalysisJson.readInput("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2022-11-12T23:30:00Z\"}").date())
        .isEqualTo(LocalDate.of(2022, 11, 12));
    assertThat(AnalysisJson.readInput("{\"id\":\"a\",\"text\":\"x\",\"date\":\"2022-11-12T08:30:00\"}").date())
        .isEqualTo(LocalDate.of(2022, 11, 12));
    AnalysisInput bare = AnalysisJson.readInput("{\"id\":\"a\",\"text\":\"x\",\"date\":null}");
    assertThat(bare.date()).isNull();
    assertThat(bare.title()).isNull();
  }

  @Test
  void shouldRejectLinesWithoutIdOrText() {
    assertThatThrownBy(() -> AnalysisJson.readInput("{\"text\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
    assertThatThrownBy(() -> AnalysisJson.readInput("{\"id\":\"a\",\"title\":\"t\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text'");
    assertThatThrownBy(() -> AnalysisJson.readInput("{\"id\":\"\",\"text\":\"x\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'id'");
    assertThatThrownBy(() -> AnalysisJson.readInput("{\"id\":\"a\",\"text\":42}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'text'");
  }

  @Test
  void shouldRejectBadJsonAndBadDates() {
    assertThatThrownBy(() -> AnalysisJson.readInput("{\"id\":")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> AnalysisJson.readInput("[1,2]")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("object");
    assertThatThrownBy(() -> AnalysisJson.readInput("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AnalysisJson.readInput("{\"id\":\"a\",\"text\":\"x\",\"date\":\"12/11/2022\"}"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("12/11/2022");
  }

  @Test
  void shouldRoundTripASeedAnalysisToOneJsonLine() {
    String json = AnalysisJson.toJson(ReleaseAnalyzer.standard().analyze(SeedDocuments.newspaperReport()));

    assertThat(json).startsWith("{\"id\":\"seed-002\",\"countries\":[\"KH\",\"JP\"")
        .contains("\"primary_pair\":[\"JP\",\"KH\"]", "\"stage\":\"agreed\"",
            "\"from_level\":\"strategic partnership\"")
        .doesNotContain("\n");
  }
}
