package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Names that mean another country, a US state or a person: the pair a release is about must not change. */
class DisambiguationTest {

  private static CountryPair primary(String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("x", null, text, LocalDate.of(2024, 5, 1)))
        .primaryPair();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Georgia Governor Brian Kemp and Japanese ministers held talks on a battery plant in Atlanta, Georgia. | none",
      "Jordan Peterson and Chad Smith attended the summit between Japan and Cambodia. | JP-KH",
      "The King of Jordan and the President of Chad held bilateral talks. | JO-TD",
      "Niger and Nigeria held bilateral talks on border security. | NE-NG",
      "Nigeria and the Netherlands signed a cooperation agreement. | NG-NL",
      "Guinea-Bissau and Papua New Guinea established diplomatic relations. | GW-PG",
      "Guinea and Equatorial Guinea signed a cooperation agreement. | GN-GQ",
      "The Republic of the Congo and Angola signed a cooperation agreement. | AO-CG",
      "The Democratic Republic of the Congo and Angola signed a cooperation agreement. | AO-CD",
      "North Korea and Russia signed a treaty on comprehensive strategic partnership. | KP-RU",
      "South Korea and Viet Nam held bilateral talks. | KR-VN",
      "Dominica and Japan established diplomatic relations. | DM-JP",
      "The Dominican Republic and Japan established diplomatic relations. | DO-JP",
      "Sudan and Egypt held bilateral talks. | EG-SD",
      "South Sudan and Uganda held bilateral talks. | SS-UG"})
  void shouldTellLookAlikeNamesApart(String text, String expected) {
    CountryPair pair = primary(text);

    assertThat(pair == null ? "none" : pair.key()).isEqualTo(expected);
  }
}
