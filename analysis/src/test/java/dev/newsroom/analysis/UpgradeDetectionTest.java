package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Upgrade detection through the public analyzer, one stated behaviour per test. */
class UpgradeDetectionTest {

  private static final LocalDate RELEASE_DATE = LocalDate.of(2023, 9, 10);

  private static Move upgradeIn(String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("t", null, text, RELEASE_DATE)).upgrade();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @CsvSource(delimiter = '|', value = {
      "President Macron proposed to elevate France-Kenya ties to a strategic partnership. | PROPOSED",
      "Malaysia and South Korea agreed to elevate relations to a strategic partnership next year. | AGREED",
      "Leaders of Indonesia and Australia announced the elevation of their relationship to a comprehensive strategic partnership. | ANNOUNCED",
      "India and Japan signed a joint statement establishing a Special Strategic and Global Partnership. | ESTABLISHED",
      "Viet Nam and the United States upgraded ties to a comprehensive strategic partnership on Sunday. | ESTABLISHED",
      "The upgrade of China-Pakistan ties to a comprehensive strategic cooperative partnership took effect on 1 September. | TOOK_EFFECT",
      "The comprehensive strategic partnership between Egypt and Greece entered into force on Monday. | TOOK_EFFECT"
  })
  void shouldReadTheStageOfTheMove(String text, Stage stage) {
    Move upgrade = upgradeIn(text);

    assertThat(upgrade).isNotNull();
    assertThat(upgrade.stage()).isEqualTo(stage);
    assertThat(upgrade.evidence()).isEqualTo(text);
  }

  @Test
  void shouldBeSurerOfAStatedAgreementThanOfAHeadlineGuess() {
    Move stated = upgradeIn("Malaysia and South Korea agreed to elevate relations to a strategic partnership.");
    Move headline = ReleaseAnalyzer.standard().analyze(new AnalysisInput("h", "Korea, Malaysia upgrade ties to "
        + "strategic partnership", "SEOUL - Leaders met on Monday.", RELEASE_DATE)).upgrade();

    assertThat(stated.confidence()).isGreaterThan(headline.confidence());
    assertThat(headline.evidence()).isEqualTo("Korea, Malaysia upgrade ties to strategic partnership");
  }

  /** Issue 9: one side's proposal is no decision: reported as the first stage of an event, with less confidence. */
  @Test
  void shouldReportOneSidesProposalAsAProposalWithLowConfidence() {
    Move proposal = upgradeIn("President Macron proposed to elevate France-Kenya ties to a strategic partnership.");

    assertThat(proposal.stage()).isEqualTo(Stage.PROPOSED);
    assertThat(proposal.confidence()).isLessThan(0.6);
  }

  /** Issue 9: "agreed to study upgrading" is an agreement to look at it, never the decision itself. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Thailand and Viet Nam agreed to study the possibility of upgrading ties to a comprehensive strategic partnership.",
      "The two foreign ministers agreed to explore elevating Chile-Korea relations to a strategic partnership.",
      "Kenya and Germany agreed to consider raising their relationship to a strategic partnership next year."
  })
  void shouldReadAnAgreementToStudyAnUpgradeAsAProposal(String text) {
    Move move = upgradeIn(text);

    if (move != null) {
      assertThat(move.stage()).isEqualTo(Stage.PROPOSED);
      assertThat(move.confidence()).isLessThan(0.6);
    }
  }

  @Test
  void shouldTreatAHeadlinePlanAsAnAgreement() {
    Move upgrade = upgradeIn("Cambodia, Japan to Elevate Relations to \"Comprehensive Strategic Partnership\"");

    assertThat(upgrade.stage()).isEqualTo(Stage.AGREED);
    assertThat(upgrade.pair()).isEqualTo(CountryPair.of("KH", "JP"));
  }

  @Test
  void shouldAcceptEstablishingALevelDirectly() {
    Move upgrade = upgradeIn("Mongolia and Kazakhstan agreed to establish a strategic partnership.");

    assertThat(upgrade.pair()).isEqualTo(CountryPair.of("MN", "KZ"));
    assertThat(upgrade.toLevel()).isEqualTo("strategic partnership");
    assertThat(upgrade.fromLevel()).isNull();
    assertThat(upgrade.stage()).isEqualTo(Stage.AGREED);
  }

  @Test
  void shouldTakeTheFromLevelStatedInTheSameSentence() {
    Move upgrade = upgradeIn("Japan and the Philippines agreed to elevate their strategic partnership to a "
        + "comprehensive strategic partnership.");

    assertThat(upgrade.fromLevel()).isEqualTo("strategic partnership");
    assertThat(upgrade.toLevel()).isEqualTo("comprehensive strategic partnership");
  }

  @Test
  void shouldTakeTheFromLevelFromAnotherSentenceAboutTheSamePairAndLevel() {
    Move upgrade = upgradeIn("Thailand and Viet Nam agreed on Monday to upgrade relations to a comprehensive "
        + "strategic partnership. Last year Thailand proposed to lift ties with Viet Nam from a strategic "
        + "partner to a comprehensive strategic partnership.");

    assertThat(upgrade.stage()).isEqualTo(Stage.AGREED);
    assertThat(upgrade.fromLevel()).isEqualTo("strategic partnership");
    assertThat(upgrade.evidence()).startsWith("Thailand and Viet Nam agreed on Monday");
  }

  @Test
  void shouldUseThePrimaryPairForSentencesAboutTheirTies() {
    Move upgrade = upgradeIn("The foreign ministers of Kenya and Ghana met in Accra for talks. "
        + "The two countries agreed to raise their relations to a strategic partnership.");

    assertThat(upgrade.pair()).isEqualTo(CountryPair.of("KE", "GH"));
  }

  @Test
  void shouldCountBlocsAsParties() {
    Move upgrade = upgradeIn("ASEAN and Japan agreed to establish a comprehensive strategic partnership.");

    assertThat(upgrade.pair()).isEqualTo(CountryPair.of("ASEAN", "JP"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Brazil and Argentina did not agree to upgrade their relations to a strategic partnership.",
      "Brazil and Argentina have yet to elevate ties to a strategic partnership.",
      "Chile and Peru reaffirmed their comprehensive strategic partnership and agreed to enhance the comprehensive strategic partnership.",
      "Egypt and Greece celebrated the 10th anniversary of the establishment of the strategic partnership.",
      "Thailand and Laos hope to raise ties to a comprehensive strategic partnership.",
      "Morocco and Spain may elevate their relations to a strategic partnership.",
      "Analysts said lifting Nepal-India ties to a strategic partnership would help both sides.",
      "Officials of Peru and Chile could consider upgrading ties to a comprehensive partnership.",
      "In 2013, Indonesia and Viet Nam established a strategic partnership.",
      "Indonesia and Viet Nam upgraded ties to a strategic partnership in 2013.",
      "Kenya and Ethiopia agreed to elevate relations from a comprehensive strategic partnership to a strategic partnership.",
      "Spain and Morocco agreed to move from a special strategic partnership to a global strategic partnership.",
      "Ghana and Kenya signed the strategic partnership action plan for 2024.",
      "In 2010, Cambodia and China entered into such a partnership.",
      "Japan and Cambodia agreed to raise bilateral trade to $5 billion under the comprehensive strategic partnership."
  })
  void shouldNotCallItAnUpgrade(String text) {
    assertThat(upgradeIn(text)).isNull();
  }

  @Test
  void shouldKeepAnAgreementEvenWhenTheSentenceAlsoHedges() {
    Move upgrade = upgradeIn("Laos and Thailand agreed to raise ties to a comprehensive strategic partnership, "
        + "which could boost trade.");

    assertThat(upgrade).isNotNull();
    assertThat(upgrade.stage()).isEqualTo(Stage.AGREED);
  }

  @Test
  void shouldNotCallOldYearsHistoryWhenTheReleaseDateIsUnknown() {
    Analysis analysis = ReleaseAnalyzer.standard().analyze(new AnalysisInput("t", null,
        "Indonesia and Viet Nam upgraded ties to a strategic partnership in 2013.", null));

    assertThat(analysis.upgrade()).isNotNull();
  }

  @Test
  void shouldPreferTheFurthestStageAsEvidence() {
    Move upgrade = upgradeIn("Last year Peru proposed to lift Peru-Chile ties to a comprehensive strategic "
        + "partnership. On Friday Peru and Chile signed a joint declaration establishing a comprehensive "
        + "strategic partnership.");

    assertThat(upgrade.stage()).isEqualTo(Stage.ESTABLISHED);
    assertThat(upgrade.evidence()).startsWith("On Friday");
  }
}
