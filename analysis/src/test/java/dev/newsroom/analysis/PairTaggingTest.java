package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Country ordering, pair scores and the primary pair, through the public analyzer. */
class PairTaggingTest {

  private static Analysis analyze(String title, String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("t", title, text, LocalDate.of(2023, 5, 9)));
  }

  @Test
  void shouldListTitleCountriesFirstThenByFrequency() {
    Analysis analysis = analyze("Ghana and Kenya sign trade deal",
        "Nigeria, Nigeria and Nigeria watched. Officials of Kenya and Ghana signed the agreement.");

    assertThat(analysis.countries()).containsExactly("GH", "KE", "NG");
  }

  @Test
  void shouldScorePairsBetweenZeroAndOneBestFirst() {
    Analysis analysis = analyze(null, "The prime ministers of Japan and Cambodia held talks on cooperation. "
        + "Both leaders also discussed the crisis in Ukraine with China's envoy present.");

    assertThat(analysis.pairs()).isNotEmpty();
    assertThat(analysis.pairs()).allSatisfy(p -> assertThat(p.score()).isBetween(0.0, 1.0));
    assertThat(analysis.pairs()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    assertThat(analysis.pairs().get(0).pair()).isEqualTo(CountryPair.of("JP", "KH"));
  }

  @Test
  void shouldPickThePairActingTogetherNotThePairNamedInPassing() {
    Analysis analysis = analyze("Cambodia, Japan to deepen ties",
        "Cambodian and Japanese leaders met on Saturday. Both sides praised the bilateral relationship. "
            + "They also discussed North Korea's missile tests and the war in Ukraine.");

    assertThat(analysis.primaryPair()).isEqualTo(CountryPair.of("KH", "JP"));
    assertThat(analysis.pairs()).noneMatch(p -> p.pair().equals(CountryPair.of("UA", "KP")) && p.score() > 0.3);
  }

  @Test
  void shouldLinkALeaderToHisForeignCounterpart() {
    Analysis analysis = analyze(null, "Prime Minister Hun Sen of Cambodia welcomed the visit. "
        + "He met his Japanese counterpart at the palace for talks.");

    assertThat(analysis.primaryPair()).isEqualTo(CountryPair.of("KH", "JP"));
  }

  @Test
  void shouldAcceptABlocAsAParty() {
    Analysis analysis = analyze("ASEAN, Japan hold summit talks",
        "Leaders of ASEAN and Japan met in Jakarta for talks on maritime cooperation.");

    assertThat(analysis.primaryPair()).isEqualTo(CountryPair.of("ASEAN", "JP"));
  }

  @Test
  void shouldGiveNoPrimaryPairToASportsResult() {
    Analysis analysis = analyze("Japan beat Cambodia in friendly",
        "Japan beat Cambodia 4-0 in a friendly football match in Tokyo on Tuesday. "
            + "Fans of both teams filled the stadium and the second half was goalless.");

    assertThat(analysis.countries()).containsExactly("JP", "KH");
    assertThat(analysis.primaryPair()).isNull();
  }

  @Test
  void shouldGiveNoPairToAWeatherReportAboutOneCountry() {
    Analysis analysis = analyze("Heavy rain for western Japan", "Forecasters expect heavy rain in Japan this weekend.");

    assertThat(analysis.countries()).containsExactly("JP");
    assertThat(analysis.pairs()).isEmpty();
    assertThat(analysis.primaryPair()).isNull();
  }

  @Test
  void shouldDiscountPairsNamedOnlyInHistory() {
    Analysis analysis = analyze(null, "In 2010, Cambodia and China entered into such a partnership. "
        + "Today the foreign ministers of Cambodia and Japan met for talks in Phnom Penh.");

    assertThat(analysis.primaryPair()).isEqualTo(CountryPair.of("KH", "JP"));
  }

  @Test
  void shouldGiveEmptyResultsForTextWithoutCountries() {
    Analysis analysis = analyze("", "");

    assertThat(analysis.countries()).isEmpty();
    assertThat(analysis.pairs()).isEmpty();
    assertThat(analysis.primaryPair()).isNull();
    assertThat(analysis.upgrade()).isNull();
  }
}
