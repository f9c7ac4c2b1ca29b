package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Downgrades as governments word them: rarely "downgrade", more often "no longer ... but", "rather than". */
class DowngradePhrasingTest {

  private static Analysis analyze(String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("d", null, text, LocalDate.of(2024, 5, 1)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Mali's foreign minister said relations with France would no longer be conducted as a strategic "
          + "partnership but as a simple partnership. | FR-ML",
      "Canada's foreign minister said the government would manage relations with China as a partnership "
          + "rather than a strategic partnership. | CA-CN",
      "Le ministre a annoncé que la relation du Burkina Faso avec la France ne relèverait plus d'un partenariat "
          + "stratégique mais d'un simple partenariat. | BF-FR",
      "La Cancillería de Argentina informó que la relación con Venezuela dejará de considerarse una asociación "
          + "estratégica y se gestionará como una asociación limitada. | AR-VE"})
  void shouldReadAContrastBetweenLevelsAsADowngrade(String text, String pair) {
    Analysis a = analyze(text);

    assertThat(a.upgrade()).isNull();
    assertThat(a.downgrade()).isNotNull();
    assertThat(a.downgrade().pair().key()).isEqualTo(pair);
    assertThat(a.downgrade().fromLevel()).isEqualTo("strategic partnership");
    assertThat(a.downgrade().toLevel()).isEqualTo("partnership");
    assertThat(a.downgrade().stage()).isEqualTo(Stage.ANNOUNCED);
  }

  @Test
  void shouldKeepReadingAPlainDowngradeFromOneLevelToAnother() {
    Analysis a = analyze("Japan and Cambodia downgraded their relations from a comprehensive strategic partnership "
        + "to a strategic partnership.");

    assertThat(a.upgrade()).isNull();
    assertThat(a.downgrade().pair()).isEqualTo(CountryPair.of("JP", "KH"));
    assertThat(a.downgrade().fromLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(a.downgrade().toLevel()).isEqualTo("strategic partnership");
  }

  @Test
  void shouldReportACallToDowngradeAsAProposalWithTheLevelItLeaves() {
    Analysis a = analyze("The European Parliament adopted a resolution stating that the EU's strategic partnership "
        + "with Russia should be downgraded to a limited partnership.");

    assertThat(a.downgrade()).isNotNull();
    assertThat(a.downgrade().stage()).isEqualTo(Stage.PROPOSED);
    assertThat(a.downgrade().fromLevel()).isEqualTo("strategic partnership");
    assertThat(a.downgrade().toLevel()).isEqualTo("partnership");
  }

  @Test
  void shouldReadAContrastUpTheLadderAsAnUpgrade() {
    Analysis a = analyze("Viet Nam and Australia said their ties would no longer be a strategic partnership but a "
        + "comprehensive strategic partnership.");

    assertThat(a.downgrade()).isNull();
    assertThat(a.upgrade().fromLevel()).isEqualTo("strategic partnership");
    assertThat(a.upgrade().toLevel()).isEqualTo("comprehensive strategic partnership");
  }

  @Test
  void shouldNotFindTheBarePartnershipLevelInOrdinaryProse() {
    Analysis a = analyze("Japan and Cambodia agreed to deepen their partnership in trade and investment.");

    assertThat(a.upgrade()).isNull();
    assertThat(a.downgrade()).isNull();
  }
}
