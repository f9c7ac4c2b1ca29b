package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The behaviour the project was started for, checked on the two original documents. */
class SeedReleaseAnalysisTest {

  private static final CountryPair CAMBODIA_JAPAN = CountryPair.of("KH", "JP");
  private static final String CSP = "comprehensive strategic partnership";

  private final ReleaseAnalyzer analyzer = ReleaseAnalyzer.standard();

  @Test
  void shouldTagCambodiaJapanAsPrimaryPairOfSeedRelease() {
    Analysis analysis = analyzer.analyze(SeedDocuments.ministryRelease());

    assertThat(analysis.primaryPair()).isEqualTo(CAMBODIA_JAPAN);
    assertThat(analysis.countries()).startsWith("KH", "JP").contains("ASEAN", "UA", "KP");
    assertThat(analysis.pairs().get(0).pair()).isEqualTo(CAMBODIA_JAPAN);
  }

  @Test
  void shouldTagCambodiaJapanAsPrimaryPairOfSeedNewspaperReport() {
    Analysis analysis = analyzer.analyze(SeedDocuments.newspaperReport());

    assertThat(analysis.primaryPair()).isEqualTo(CAMBODIA_JAPAN);
    assertThat(analysis.countries()).startsWith("KH", "JP").contains("CN");
  }

  @Test
  void shouldDetectAgreedUpgradeToComprehensiveStrategicPartnershipInSeedRelease() {
    Move upgrade = analyzer.analyze(SeedDocuments.ministryRelease()).upgrade();

    assertThat(upgrade).isNotNull();
    assertThat(upgrade.pair()).isEqualTo(CAMBODIA_JAPAN);
    assertThat(upgrade.toLevel()).isEqualTo(CSP);
    assertThat(upgrade.stage()).isEqualTo(Stage.AGREED);
    assertThat(upgrade.evidence()).containsIgnoringCase("Comprehensive Strategic Partnership")
        .contains("agreement to elevate");
  }

  @Test
  void shouldDetectAgreedUpgradeFromStrategicPartnershipInSeedNewspaperReport() {
    Move upgrade = analyzer.analyze(SeedDocuments.newspaperReport()).upgrade();

    assertThat(upgrade).isNotNull();
    assertThat(upgrade.pair()).isEqualTo(CAMBODIA_JAPAN);
    assertThat(upgrade.toLevel()).isEqualTo(CSP);
    assertThat(upgrade.fromLevel()).isEqualTo("strategic partnership");
    assertThat(upgrade.stage()).isEqualTo(Stage.AGREED);
    assertThat(upgrade.evidence()).containsIgnoringCase("Comprehensive Strategic Partnership")
        .contains("have agreed to upgrade");
  }

  @Test
  void shouldQuoteTheEvidenceAsItReadsInTheNormalisedText() {
    AnalysisInput seed = SeedDocuments.ministryRelease();

    Move upgrade = analyzer.analyze(seed).upgrade();

    assertThat(TextNormalizer.normalize(seed.text())).contains(upgrade.evidence());
    assertThat(upgrade.evidence()).isEqualTo(upgrade.evidence().strip()).doesNotContain("**", "\u201C");
  }

  @Test
  void shouldNotTakeChinaCambodiaHistoryOrPassingMentionsForThePair() {
    for (AnalysisInput seed : new AnalysisInput[] {SeedDocuments.ministryRelease(), SeedDocuments.newspaperReport()}) {
      Analysis analysis = analyzer.analyze(seed);

      assertThat(analysis.primaryPair()).isNotIn(CountryPair.of("KH", "CN"), CountryPair.of("JP", "CN"),
          CountryPair.of("UA", "KP"));
      assertThat(analysis.upgrade().pair()).isNotEqualTo(CountryPair.of("KH", "CN"));
    }
  }

  @Test
  void shouldFindTheSameUpgradeWhenTheHeadlineIsPassedAsTitle() {
    String text = SeedDocuments.read(SeedDocuments.NEWSPAPER_FILE);
    String headline = text.strip().lines().findFirst().orElseThrow();
    String body = text.substring(text.indexOf(headline) + headline.length());
    AnalysisInput input = new AnalysisInput("seed-002-titled", headline, body, SeedDocuments.newspaperReport().date());

    Analysis analysis = analyzer.analyze(input);

    assertThat(headline).startsWith("Cambodia, Japan set to bring ties");
    assertThat(analysis.primaryPair()).isEqualTo(CAMBODIA_JAPAN);
    assertThat(analysis.upgrade().toLevel()).isEqualTo(CSP);
    assertThat(analysis.upgrade().stage()).isEqualTo(Stage.AGREED);
  }
}
