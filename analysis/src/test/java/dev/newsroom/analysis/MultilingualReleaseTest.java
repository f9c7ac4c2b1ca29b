package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** French and Spanish releases of the same kind as the seeds: a ministry reporting an agreed upgrade. */
class MultilingualReleaseTest {

  private static final CountryPair JP_KH = CountryPair.of("JP", "KH");
  private static final LocalDate DATE = LocalDate.of(2022, 11, 12);

  private static Analysis analyze(String title, String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("r", title, text, DATE));
  }

  @Test
  void shouldTagFrenchReleaseWithPairAndLevel() {
    Analysis a = analyze("Le Cambodge et le Japon rehaussent leurs relations",
        "Le Premier ministre Hun Sen a rencontré son homologue japonais Fumio Kishida à Phnom Penh. "
            + "Les deux pays sont convenus d'élever leurs relations du partenariat stratégique au rang de "
            + "partenariat stratégique global.");

    assertThat(a.primaryPair()).isEqualTo(JP_KH);
    assertThat(a.upgrade()).isNotNull();
    assertThat(a.upgrade().pair()).isEqualTo(JP_KH);
    assertThat(a.upgrade().toLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(a.upgrade().fromLevel()).isEqualTo("strategic partnership");
    assertThat(a.upgrade().stage()).isEqualTo(Stage.AGREED);
  }

  @Test
  void shouldTagSpanishReleaseWithPairAndLevel() {
    Analysis a = analyze("Camboya y Japón elevan sus relaciones",
        "El primer ministro Hun Sen se reunió con su homólogo japonés, Fumio Kishida. Ambos países "
            + "acordaron elevar sus relaciones a una asociación estratégica integral.");

    assertThat(a.primaryPair()).isEqualTo(JP_KH);
    assertThat(a.upgrade()).isNotNull();
    assertThat(a.upgrade().toLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(a.upgrade().stage()).isEqualTo(Stage.AGREED);
  }

  @Test
  void shouldFindFrenchAndSpanishCountryNamesWithOrWithoutAccents() {
    assertThat(Gazetteer.standard().find("Les États-Unis et le Viêt Nam, les Etats-Unis et l'Inde"))
        .extracting(Mention::code).containsExactly("US", "VN", "US", "IN");
    assertThat(Gazetteer.standard().find("Estados Unidos, Japón y Japon, Corea del Sur"))
        .extracting(Mention::code).containsExactly("US", "JP", "JP", "KR");
  }

  @Test
  void shouldNotReadCongoAloneAsEitherCongo() {
    assertThat(Gazetteer.standard().find("El Congo y la República Democrática del Congo"))
        .extracting(Mention::code).containsExactly("CD");
  }

  @Test
  void shouldNotAnnounceAFrenchUpgradeThatIsOnlyHoped() {
    Analysis a = analyze("", "La France et le Viet Nam espèrent pouvoir un jour élever leurs relations au rang "
        + "de partenariat stratégique global.");

    assertThat(a.upgrade()).isNull();
  }

  @Test
  void shouldFindVietnameseLevelNames() {
    assertThat(PartnershipLadder.standard().find("nâng cấp quan hệ lên Đối tác Chiến lược Toàn diện"))
        .extracting(LevelMention::level).containsExactly("comprehensive strategic partnership");
  }
}
