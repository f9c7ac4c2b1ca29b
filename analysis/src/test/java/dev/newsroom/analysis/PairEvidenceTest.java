package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** How much evidence makes a pair primary: short releases, lists of countries, datelines. */
class PairEvidenceTest {

  private static Analysis analyze(String title, String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("p", title, text, LocalDate.of(2025, 4, 14)));
  }

  @Test
  void shouldMakeALoneWellEvidencedPairPrimaryInAShortRelease() {
    Analysis a = analyze("Bilateral trade rises", "Trade between Cambodia and Japan rose 12 percent in the first "
        + "quarter, according to customs data released by the ministry on Monday.");

    assertThat(a.primaryPair()).isEqualTo(CountryPair.of("JP", "KH"));
  }

  @Test
  void shouldNotMakeAPairOfAListOfThreeCountries() {
    Analysis a = analyze("Typhoon leaves hundreds dead", "Typhoon Yagi killed more than 200 people in the north. "
        + "Foreign governments including Japan, Australia and the United States announced emergency aid.");

    assertThat(a.primaryPair()).isNull();
  }

  @Test
  void shouldNotMakeAPairWhenSeveralPairsHaveTheSameEvidence() {
    Analysis a = analyze(null, "Vietnam's comprehensive partnerships include those with Canada, Mongolia and "
        + "Chile, its diplomats say.");

    assertThat(a.primaryPair()).isNull();
  }

  @Test
  void shouldKeepAPairAfterADatelineThatRepeatsOneOfIt() {
    Analysis a = analyze(null, "BUENOS AIRES - China y Argentina sellaron el viernes una asociación estratégica "
        + "integral durante la visita del presidente chino.");

    assertThat(a.primaryPair()).isEqualTo(CountryPair.of("AR", "CN"));
  }
}
