package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private final Gazetteer gazetteer = Gazetteer.standard();

  private List<String> codes(String text) {
    return gazetteer.find(text).stream().map(Mention::code).toList();
  }

  @Test
  void shouldKnowEveryIsoCountryAndTheBlocs() {
    assertThat(gazetteer.codes()).contains(Locale.getISOCountries());
    assertThat(gazetteer.codes()).contains("ASEAN", "EU", "AFU", "GCC");
    assertThat(gazetteer.isBloc("ASEAN")).isTrue();
    assertThat(gazetteer.isBloc("KH")).isFalse();
    assertThat(gazetteer.name("KH")).contains("Cambodia");
    assertThat(gazetteer.name("ASEAN")).contains("Association of Southeast Asian Nations");
    assertThat(gazetteer.name("XX")).isEmpty();
  }

  @Test
  void shouldGiveEveryAliasToOnePartyOnly() {
    assertThat(gazetteer.clashes()).isEmpty();
  }

  @Test
  void shouldReportOffsetsSurfaceAndKind() {
    String text = "The Kingdom of Cambodia and the Japanese government met in Tokyo; the US and ASEAN watched.";

    List<Mention> mentions = gazetteer.find(text);

    assertThat(mentions).extracting(Mention::code).containsExactly("KH", "JP", "JP", "US", "ASEAN");
    assertThat(mentions).extracting(Mention::kind).containsExactly(MentionKind.NAME, MentionKind.DEMONYM,
        MentionKind.CAPITAL, MentionKind.ABBREVIATION, MentionKind.ABBREVIATION);
    Mention kingdom = mentions.get(0);
    assertThat(kingdom.surface()).isEqualTo("Kingdom of Cambodia");
    assertThat(text.substring(kingdom.start(), kingdom.end())).isEqualTo("Kingdom of Cambodia");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "South Korea and Korea | KR KR",
      "North Korea's tests | KP",
      "Korean and North Korean officials | KR KP",
      "the Dominican Republic and Dominica | DO DM",
      "South Sudan, then Sudan | SS SD",
      "Nigeria and Niger | NG NE",
      "Papua New Guinea, Guinea-Bissau, Equatorial Guinea and Guinea | PG GW GQ GN",
      "American Samoa and Samoa | AS WS",
      "Northern Ireland and Ireland | GB IE",
      "the Democratic People's Republic of Korea and the People's Republic of China | KP CN",
      "Republic of Korea | KR"
  })
  void shouldPreferTheLongestNameAtWordBoundaries(String text, String expected) {
    assertThat(codes(text)).containsExactly(expected.split(" "));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Burma | MM", "Myanmar | MM", "Swaziland | SZ", "Eswatini | SZ", "Czech Republic | CZ", "Czechia | CZ",
      "Turkey | TR", "Türkiye | TR", "Turkiye | TR", "Ivory Coast | CI", "Côte d’Ivoire | CI",
      "Cote d'Ivoire | CI", "Holland | NL", "Viet Nam | VN", "Vietnam | VN", "Lao PDR | LA",
      "East Timor | TL", "Timor-Leste | TL", "Macedonia | MK", "Cabo Verde | CV", "DR Congo | CD",
      "Republic of the Congo | CG", "St. Kitts and Nevis | KN", "Saint Lucia | LC", "Bosnia and Herzegovina | BA",
      "Trinidad and Tobago | TT", "Hong Kong | HK", "Britain | GB", "United States of America | US"
  })
  void shouldKnowShortFormsOfficialAndFormerNames(String text, String code) {
    assertThat(codes(text)).containsExactly(code);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "US | US", "U.S. | US", "USA | US", "U.S.A. | US", "UK | GB", "PRC | CN", "ROK | KR", "DPRK | KP",
      "UAE | AE", "EU | EU", "ASEAN | ASEAN", "GCC | GCC", "African Union | AFU", "AU | AFU",
      "Association of Southeast Asian Nations | ASEAN", "European Union | EU"
  })
  void shouldMatchAbbreviationsAndBlocs(String text, String code) {
    assertThat(codes("Officials of the " + text + " said")).containsExactly(code);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Japanese | JP", "Cambodian | KH", "Cambodians | KH", "Filipino | PH", "Filipinos | PH", "Khmer | KH",
      "Tokyo | JP", "Phnom Penh | KH", "Washington | US", "Beijing | CN", "New Delhi | IN", "Kremlin | RU",
      "Nigerien | NE", "Nigerian | NG", "South Sudanese | SS", "Emirati | AE"
  })
  void shouldMatchDemonymsAndCapitals(String text, String code) {
    assertThat(codes("They met " + text + " officials.")).containsExactly(code);
  }

  @Test
  void shouldMatchNamesInHeadlineAndLetterheadCase() {
    assertThat(codes("KINGDOM OF CAMBODIA")).containsExactly("KH");
    assertThat(codes("Democratic Republic Of The Congo Signs Deal")).containsExactly("CD");
    assertThat(codes("PHNOM PENH - JAPANESE investors")).containsExactly("KH", "JP");
  }

  @Test
  void shouldMatchAbbreviationsOnlyInTheirOwnCase() {
    assertThat(codes("Let us talk about it in the uk style; Us and Uae")).isEmpty();
    assertThat(codes("IT and IN are not aliases, nor is JP or KH")).isEmpty();
  }

  @Test
  void shouldNotMatchNamesWrittenInLowerCase() {
    assertThat(codes("fine china, a roast turkey, a jordan almond and chad")).isEmpty();
  }

  @Test
  void shouldSkipWordsThatAreNotCountriesInContext() {
    assertThat(codes("Turkey sandwiches and a Guinea pig")).isEmpty();
    assertThat(codes("Chad Smith and Michael Jordan played.")).isEmpty();
    assertThat(codes("Storms hit Atlanta, Georgia and the state of Georgia, USA.")).containsExactly("US");
    assertThat(codes("New Mexico, New Jersey and New Guinea")).isEmpty();
    assertThat(codes("Latin American leaders and the Korean Peninsula")).isEmpty();
    assertThat(codes("the Paris Agreement and the Vienna Convention")).isEmpty();
  }

  @Test
  void shouldStillMatchAmbiguousNamesUsedAsCountries() {
    assertThat(codes("Chad and Jordan signed a deal with Turkey and Georgia.")).containsExactly("TD", "JO", "TR", "GE");
    assertThat(codes("President of Georgia met the King of Jordan")).containsExactly("GE", "JO");
    assertThat(codes("Jordan Launches New Trade Plan With Chad")).containsExactly("JO", "TD");
  }

  @Test
  void shouldNotMatchInsideWordsOrFileNames() {
    assertThat(codes("Omani and Romania, Indiana, Niger-Congo, nigeria")).containsExactly("OM", "RO", "NE");
    assertThat(codes("prime_minister_and_hisjapanese_counterpart.jpg")).isEmpty();
  }

  @Test
  void shouldMatchHyphenatedPairsAsTwoParties() {
    assertThat(codes("the Cambodia-Japan relations and US-China ties")).containsExactly("KH", "JP", "US", "CN");
  }
}
