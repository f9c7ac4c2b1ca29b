package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Words that keep a sentence from being an upgrade, and the vocabulary chosen per release language. */
class UpgradeVocabularyTest {

  private static Analysis analyze(String title, String text, LocalDate date) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("v", title, text, date));
  }

  private static Analysis analyze(String text) {
    return analyze(null, text, LocalDate.of(2024, 10, 10));
  }

  @Test
  void shouldNotReadNoDecisionOnRaisingTiesAsAnUpgrade() {
    Analysis a = analyze("British and ASEAN officials said that no decision had been taken on raising their "
        + "dialogue partnership to a strategic partnership.");

    assertThat(a.upgrade()).isNull();
  }

  @Test
  void shouldNotReadAYearAfterAnUpgradeAsANewOne() {
    Analysis a = analyze("A year after Japan and Bangladesh raised their ties to a strategic partnership, Japanese "
        + "investment has grown, the embassy said.");

    assertThat(a.upgrade()).isNull();
  }

  @Test
  void shouldNotReadAFrenchSentenceOpeningWithAnOldYearAsNews() {
    Analysis a = analyze(null, "En 2013, la France et le Vietnam avaient signé un partenariat stratégique.",
        LocalDate.of(2025, 2, 10));

    assertThat(a.upgrade()).isNull();
  }

  @Test
  void shouldNotReadAFrenchHopeAsAnUpgrade() {
    Analysis a = analyze("Le ministre a indiqué que la Belgique et le Vietnam espéraient rehausser leurs relations "
        + "au rang de partenariat stratégique.");

    assertThat(a.upgrade()).isNull();
  }

  @Test
  void shouldStillReadAFrenchUpgradeWithTheMultilingualVocabulary() {
    Analysis a = analyze("La France et le Vietnam ont décidé d'élever leurs relations au rang de partenariat "
        + "stratégique global.");

    assertThat(a.upgrade()).isNotNull();
    assertThat(a.upgrade().toLevel()).isEqualTo("comprehensive strategic partnership");
  }

  @Test
  void shouldNotTakeAForeignVerbForAnEnglishOne() {
    // "porter" is a French raise verb; in an English release it is a porter.
    Analysis a = analyze("The porter to a strategic partnership summit between Japan and Cambodia carried bags.");

    assertThat(a.upgrade()).isNull();
  }

  @Test
  void shouldFindVietnamesePartiesAndTheirUpgrade() {
    Analysis a = analyze("Việt Nam và Hoa Kỳ nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện",
        "Hai nhà lãnh đạo đã ra Tuyên bố chung về việc nâng cấp quan hệ Việt Nam - Hoa Kỳ lên Đối tác Chiến lược "
            + "Toàn diện.", LocalDate.of(2023, 9, 10));

    assertThat(a.primaryPair()).isEqualTo(CountryPair.of("US", "VN"));
    assertThat(a.upgrade().toLevel()).isEqualTo("comprehensive strategic partnership");
  }
}
