package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyLaddersTest {

  private final PartnershipLadder ladder = PartnershipLadder.standard();

  @Test
  void shouldPutVietnamsComprehensiveStrategicPartnershipAtTheTopOfItsLadder() {
    CountryPair vnIn = CountryPair.of("IN", "VN");
    assertThat(ladder.isUpgrade(vnIn, "special strategic partnership", "comprehensive strategic partnership"))
        .isTrue();
    assertThat(ladder.isUpgrade("special strategic partnership", "comprehensive strategic partnership")).isFalse();
  }

  @Test
  void shouldRankJapanIndiaLevelsOnTheirOwnLadder() {
    CountryPair inJp = CountryPair.of("IN", "JP");
    assertThat(ladder.isUpgrade(inJp, "global partnership", "strategic and global partnership")).isTrue();
    assertThat(ladder.isUpgrade(inJp, "strategic and global partnership", "special strategic and global partnership"))
        .isTrue();
  }

  @Test
  void shouldRankChinasAllWeatherLevelsAboveItsComprehensiveOnes() {
    CountryPair cnPk = CountryPair.of("CN", "PK");
    assertThat(ladder.isUpgrade(cnPk, "comprehensive strategic cooperative partnership",
        "all-weather strategic cooperative partnership")).isTrue();
  }

  @Test
  void shouldRankAseanDialogueRelationsBelowStrategicPartnership() {
    CountryPair aseanAu = CountryPair.of("ASEAN", "AU");
    assertThat(ladder.isUpgrade(aseanAu, "dialogue partnership", "strategic partnership")).isTrue();
    assertThat(ladder.find("ASEAN's dialogue partner since 1974")).extracting(LevelMention::level)
        .containsExactly("dialogue partnership");
  }
}
