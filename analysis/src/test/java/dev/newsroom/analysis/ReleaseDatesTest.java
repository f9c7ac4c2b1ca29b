package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReleaseDatesTest {

  private static final LocalDate ARRIVED = LocalDate.of(2024, 9, 12);

  private static LocalDate fromText(String body, LocalDate arrival) {
    return ReleaseDates.fromText(body, arrival);
  }

  @Test
  void shouldPreferTheMetadataDateOverTheDateline() {
    assertThat(ReleaseDates.resolve(LocalDate.of(2022, 11, 13), "PHNOM PENH, 12 November 2022 - ...", ARRIVED))
        .isEqualTo(LocalDate.of(2022, 11, 13));
  }

  @Test
  void shouldReadADatelineWithAFullDate() {
    assertThat(fromText("PHNOM PENH, 12 November 2022 - The two prime ministers met.", null))
        .isEqualTo(LocalDate.of(2022, 11, 12));
    assertThat(fromText("WASHINGTON, September 10, 2023 - The president arrived.", null))
        .isEqualTo(LocalDate.of(2023, 9, 10));
  }

  @Test
  void shouldTakeTheYearOfADatelineWithoutOneFromTheArrival() {
    assertThat(fromText("HANOI, 10 September (VNA) - Leaders met on Tuesday.", ARRIVED))
        .isEqualTo(LocalDate.of(2024, 9, 10));
    assertThat(fromText("HANOI (Sept 10) - Leaders met.", ARRIVED)).isEqualTo(LocalDate.of(2024, 9, 10));
  }

  @Test
  void shouldPutADecemberDatelineArrivingInJanuaryInThePreviousYear() {
    assertThat(fromText("TOKYO, 30 December - The ministers spoke.", LocalDate.of(2025, 1, 2)))
        .isEqualTo(LocalDate.of(2024, 12, 30));
  }

  @Test
  void shouldTakeTheYearFromTheTextWhenNothingElseGivesIt() {
    assertThat(fromText("JAKARTA, 3 June - Both sides said 2024 would be a good year. In 2024 trade grew.", null))
        .isEqualTo(LocalDate.of(2024, 6, 3));
  }

  @Test
  void shouldReadOtherLanguagesDateForms() {
    assertThat(fromText("Paris, le 1er juin 2023 - Le ministre a reçu son homologue.", null))
        .isEqualTo(LocalDate.of(2023, 6, 1));
    assertThat(fromText("MADRID, 27 de marzo de 2024 (agencia).- El Gobierno anunció ...", null))
        .isEqualTo(LocalDate.of(2024, 3, 27));
    assertThat(fromText("Lisboa, 05 abr (Lusa) - O Governo decidiu ...", ARRIVED))
        .isEqualTo(LocalDate.of(2024, 4, 5));
    assertThat(fromText("Berlin, 12. November 2022 - Die Bundesregierung hat ...", null))
        .isEqualTo(LocalDate.of(2022, 11, 12));
    assertThat(fromText("Hà Nội, 11/9 (TTXVN) - Hai bên đã ra Tuyên bố chung.", ARRIVED))
        .isEqualTo(LocalDate.of(2024, 9, 11));
    assertThat(fromText("Jakarta - Menteri Luar Negeri menyampaikan hal itu, Senin (18/11/2013), di Jakarta.", null))
        .isEqualTo(LocalDate.of(2013, 11, 18));
    assertThat(fromText("Jakarta, 10 Maret 2025 - Presiden menerima kunjungan ...", null))
        .isEqualTo(LocalDate.of(2025, 3, 10));
  }

  @Test
  void shouldNotReadCommonWordsOrPlansAsDates() {
    assertThat(fromText("GENEVA - Ten out of 12 ministers agreed; 10 out of 12 votes.", ARRIVED)).isNull();
    assertThat(fromText("LIMA - The president-elect will take office on 7 October, aides said.", ARRIVED)).isNull();
  }

  @Test
  void shouldFallBackToTheArrivalAndLeaveHistoryAside() {
    assertThat(ReleaseDates.resolve(null, "No dateline here.", ARRIVED)).isEqualTo(ARRIVED);
    assertThat(ReleaseDates.resolve(null, "Jakarta - Exactly 70 years ago, on 30 December 1955, ties began.",
        LocalDate.of(2025, 12, 30))).isEqualTo(LocalDate.of(2025, 12, 30));
    assertThat(ReleaseDates.resolve(null, "No dateline here.", null)).isNull();
  }

  @Test
  void shouldDateAnUndatedReleaseFromItsDateline() {
    Analysis a = ReleaseAnalyzer.standard().analyze(new AnalysisInput("md", "# Readout",
        "HANOI, 10 September 2023 - Viet Nam and the United States elevated ties to a comprehensive strategic "
            + "partnership.", null));

    assertThat(a.date()).isEqualTo(LocalDate.of(2023, 9, 10));
  }
}
