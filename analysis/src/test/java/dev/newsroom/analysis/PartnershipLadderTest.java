package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartnershipLadderTest {

  private final PartnershipLadder ladder = PartnershipLadder.standard();

  private List<String> levels(String text) {
    return ladder.find(text).stream().map(LevelMention::level).toList();
  }

  @Test
  void shouldRankCloserRelationshipsHigher() {
    assertThat(ladder.rank("comprehensive strategic partnership").getAsInt())
        .isGreaterThan(ladder.rank("strategic partnership").getAsInt());
    assertThat(ladder.rank("strategic partnership").getAsInt())
        .isGreaterThan(ladder.rank("comprehensive partnership").getAsInt());
    assertThat(ladder.rank("comprehensive partnership").getAsInt())
        .isGreaterThan(ladder.rank("partnership").getAsInt());
    assertThat(ladder.rank("all-weather strategic cooperative partnership").getAsInt())
        .isGreaterThan(ladder.rank("comprehensive strategic cooperative partnership").getAsInt());
    assertThat(ladder.rank("special strategic and global partnership").getAsInt())
        .isGreaterThan(ladder.rank("special strategic partnership").getAsInt());
  }

  @Test
  void shouldListLevelsFromLowestToHighest() {
    List<String> levels = ladder.levels();

    assertThat(levels).startsWith("partnership").contains("enhanced strategic partnership",
        "extended strategic partnership", "global strategic partnership", "strategic dialogue partnership");
    for (int i = 1; i < levels.size(); i++) {
      int previousRank = ladder.rank(levels.get(i - 1)).getAsInt();
      assertThat(ladder.rank(levels.get(i)).getAsInt()).isGreaterThanOrEqualTo(previousRank);
    }
    assertThat(levels).allMatch(level -> level.equals(level.toLowerCase()));
  }

  @Test
  void shouldNotRankUnknownLevels() {
    assertThat(ladder.rank("eternal friendship")).isEmpty();
    assertThat(ladder.rank(null)).isEmpty();
  }

  @Test
  void shouldCallOnlyAStrictlyHigherRankAnUpgrade() {
    assertThat(ladder.isUpgrade("strategic partnership", "comprehensive strategic partnership")).isTrue();
    assertThat(ladder.isUpgrade("comprehensive strategic partnership", "strategic partnership")).isFalse();
    assertThat(ladder.isUpgrade("special strategic partnership", "global strategic partnership")).isFalse();
    assertThat(ladder.isUpgrade("unknown", "strategic partnership")).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "to a comprehensive strategic partnership | comprehensive strategic partnership",
      "to \"Comprehensive Strategic Partnership\" | comprehensive strategic partnership",
      "COMPREHENSIVE STRATEGIC PARTNERSHIP | comprehensive strategic partnership",
      "from a strategic partner to | strategic partnership",
      "they are strategic partners | strategic partnership",
      "two strategic partnerships | strategic partnership",
      "an all-weather strategic cooperative partnership | all-weather strategic cooperative partnership",
      "an all weather strategic cooperative partnership | all-weather strategic cooperative partnership",
      "the Special Strategic and Global Partnership | special strategic and global partnership",
      "a comprehensive strategic cooperative partnership | comprehensive strategic cooperative partnership",
      "an enhanced strategic partnership | enhanced strategic partnership",
      "a comprehensive partnership | comprehensive partnership"
  })
  void shouldFindTheLongestLevelName(String text, String level) {
    assertThat(levels(text)).containsExactly(level);
  }

  @Test
  void shouldFindANameBrokenAcrossALine() {
    assertThat(levels("a strategic\npartnership")).containsExactly("strategic partnership");
    assertThat(levels("a strategic\n\npartnership")).isEmpty();
  }

  @Test
  void shouldReportOffsetsOfTheNameWithoutQuotes() {
    String text = "ties to \"Comprehensive Strategic Partnership\" soon";

    LevelMention found = ladder.find(text).get(0);

    assertThat(text.substring(found.start(), found.end())).isEqualTo("Comprehensive Strategic Partnership");
  }

  @Test
  void shouldIgnoreTheBareWordPartnershipAndPartnersInsideOtherWords() {
    assertThat(levels("In 2010 they entered into such a partnership.")).isEmpty();
    assertThat(levels("a public-private partnership with strategic investors")).isEmpty();
    assertThat(levels("strategic partnershipping")).isEmpty();
  }

  @Test
  void shouldFindSeveralLevelsInOneSentence() {
    assertThat(levels("from a strategic partnership to a comprehensive strategic partnership"))
        .containsExactly("strategic partnership", "comprehensive strategic partnership");
  }
}
