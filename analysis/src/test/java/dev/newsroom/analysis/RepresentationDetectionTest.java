package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Changes of diplomatic representation, in texts written for these tests. */
class RepresentationDetectionTest {

  private static Analysis analyze(String title, String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("r", title, text, LocalDate.of(2024, 6, 3)));
  }

  private static Move change(String title, String text) {
    return analyze(title, text).representation();
  }

  @Test
  void shouldReadARecallForConsultationsAsAmbassadorLeavingWithPairAndEvidence() {
    Move m = change("Peru recalls its ambassador from Mexico",
        "LIMA, 3 June - Peru has recalled its ambassador to Mexico for consultations after remarks by the "
            + "Mexican president, the foreign ministry said on Monday.");

    assertThat(m.action()).isEqualTo(RepresentationAction.AMBASSADOR_RECALLED);
    assertThat(m.direction()).isEqualTo(Direction.DOWNGRADE);
    assertThat(m.pair()).isEqualTo(CountryPair.of("MX", "PE"));
    assertThat(m.fromLevel()).isEqualTo("ambassador");
    assertThat(m.toLevel()).isEqualTo("charge d'affaires");
    assertThat(m.evidence()).isEqualTo("Peru recalls its ambassador from Mexico");
    assertThat(m.confidence()).isBetween(0.5, 1.0);
    assertThat(m.kind()).isEqualTo(MoveKind.REPRESENTATION);
  }

  @Test
  void shouldReadPersonaNonGrataAsAnExpulsion() {
    Move m = change(null, "QUITO - Ecuador on Thursday declared the Mexican ambassador persona non grata and "
        + "gave her 72 hours to leave the country.");

    assertThat(m.action()).isEqualTo(RepresentationAction.AMBASSADOR_EXPELLED);
    assertThat(m.pair()).isEqualTo(CountryPair.of("EC", "MX"));
  }

  @Test
  void shouldReadCutTiesAsSeveredAndRestoredTiesAsAnUpgrade() {
    Move cut = change("Bolivia cuts diplomatic ties with Israel", "LA PAZ - The government said the decision "
        + "was taken in protest at the war.");
    Move restored = change("Iran and Saudi Arabia restore diplomatic relations", "The two countries will reopen "
        + "their embassies within two months.");

    assertThat(cut.action()).isEqualTo(RepresentationAction.SEVERED);
    assertThat(cut.toLevel()).isEqualTo("no diplomatic relations");
    assertThat(restored.action()).isEqualTo(RepresentationAction.RESTORED);
    assertThat(restored.direction()).isEqualTo(Direction.UPGRADE);
    assertThat(restored.pair()).isEqualTo(CountryPair.of("IR", "SA"));
  }

  @Test
  void shouldReadRaisingTiesToAmbassadorialLevel() {
    Move m = change("Egypt and Turkey raise relations to ambassadorial level", "CAIRO - The two countries named "
        + "ambassadors to each other's capitals for the first time in ten years.");

    assertThat(m.action()).isEqualTo(RepresentationAction.UPGRADED_TO_AMBASSADOR);
    assertThat(m.fromLevel()).isEqualTo("charge d'affaires");
    assertThat(m.toLevel()).isEqualTo("ambassador");
  }

  @Test
  void shouldReadAReturnedAmbassadorRatherThanTheEarlierRecallInTheSameSentence() {
    Move m = change(null, "CANBERRA - Indonesia's ambassador to Australia has returned to his post, weeks after "
        + "he was withdrawn in protest.");

    assertThat(m.action()).isEqualTo(RepresentationAction.AMBASSADOR_RETURNED);
    assertThat(m.pair()).isEqualTo(CountryPair.of("AU", "ID"));
  }

  @Test
  void shouldNotReadASummonsAThreatOrADenialAsAChange() {
    assertThat(change("Ministry summons Russian ambassador over drone incident", "WARSAW - Poland summoned the "
        + "Russian ambassador on Monday to protest.")).isNull();
    assertThat(change("Lawmakers urge government to recall ambassador from Israel", "Several members of "
        + "parliament said Chile should recall its ambassador.")).isNull();
    assertThat(change("Spain rules out breaking diplomatic relations with Israel", "MADRID - The foreign "
        + "minister said cutting diplomatic ties was not on the table, though Spain's ambassador was recalled "
        + "months ago.")).isNull();
  }

  @Test
  void shouldNotReadAnAnniversaryOrOldHistoryAsNews() {
    assertThat(change("Japan, Vietnam mark 50 years of ties", "HANOI - The two countries celebrated the 50th "
        + "anniversary of the establishment of diplomatic relations on Thursday.")).isNull();
    assertThat(change(null, "When Chile established diplomatic relations with China in 1970, few expected trade "
        + "to grow so fast.")).isNull();
  }

  @Test
  void shouldLeaveAChangeMentionedOnlyDeepInTheBodyAsBackground() {
    String body = "BERLIN - Germany and Chad discussed aid on Monday. The talks covered food security. "
        + "They also covered schools. Officials met for two hours. A spokesperson praised the talks. "
        + "Last year Chad expelled the German ambassador.";

    assertThat(change("Germany and Chad hold aid talks", body)).isNull();
  }

  @Test
  void shouldReadOtherLanguages() {
    Move de = change("Mali weist deutschen Botschafter aus", "Bamako - Die Regierung hat den Botschafter "
        + "zur unerwünschten Person erklärt.");
    Move pt = change("Venezuela chama embaixador no Brasil para consultas", "CARACAS - O governo venezuelano "
        + "chamou para consultas o seu embaixador em Brasília.");
    Move id = change("Indonesia tarik pulang Dubes dari Australia", "Jakarta - Pemerintah memanggil pulang "
        + "Duta Besar RI untuk Australia.");
    Move vi = change("Colombia cắt đứt quan hệ ngoại giao với Israel", "Bogotá - Tổng thống tuyên bố cắt đứt "
        + "quan hệ ngoại giao.");
    Move fr = change("Le Niger rompt ses relations diplomatiques avec la France", "Niamey - La junte a annoncé "
        + "la décision jeudi.");
    Move es = change("Chile y Venezuela restablecen relaciones diplomáticas", "SANTIAGO - Ambos gobiernos "
        + "anunciaron el acuerdo.");

    assertThat(de.action()).isEqualTo(RepresentationAction.AMBASSADOR_EXPELLED);
    assertThat(de.pair()).isEqualTo(CountryPair.of("DE", "ML"));
    assertThat(pt.action()).isEqualTo(RepresentationAction.AMBASSADOR_RECALLED);
    assertThat(pt.pair()).isEqualTo(CountryPair.of("BR", "VE"));
    assertThat(id.action()).isEqualTo(RepresentationAction.AMBASSADOR_RECALLED);
    assertThat(id.pair()).isEqualTo(CountryPair.of("AU", "ID"));
    assertThat(vi.action()).isEqualTo(RepresentationAction.SEVERED);
    assertThat(vi.pair()).isEqualTo(CountryPair.of("CO", "IL"));
    assertThat(fr.action()).isEqualTo(RepresentationAction.SEVERED);
    assertThat(fr.pair()).isEqualTo(CountryPair.of("FR", "NE"));
    assertThat(es.action()).isEqualTo(RepresentationAction.RESTORED);
    assertThat(es.pair()).isEqualTo(CountryPair.of("CL", "VE"));
  }

  @Test
  void shouldLeaveAPartnershipUpgradeWithoutARepresentationChange() {
    Analysis a = analyze("Japan and Cambodia elevate ties", "PHNOM PENH - Japan and Cambodia agreed to elevate "
        + "ties to a comprehensive strategic partnership.");

    assertThat(a.representation()).isNull();
    assertThat(a.upgrade()).isNotNull();
  }

  @Test
  void shouldReadChineseAndJapaneseChangesOfRepresentation() {
    Move zh = change("中国同洪都拉斯建立外交关系", "新华社北京6月3日电 两国外长在北京签署联合公报，两国自即日起建立大使级外交关系。");
    Move ja = change("ホンジュラス、台湾と断交", "台湾の外交部長は3日、ホンジュラスと断交すると発表した。");

    assertThat(zh.action()).isEqualTo(RepresentationAction.ESTABLISHED);
    assertThat(zh.pair()).isEqualTo(CountryPair.of("CN", "HN"));
    assertThat(ja.action()).isEqualTo(RepresentationAction.SEVERED);
    assertThat(ja.pair()).isEqualTo(CountryPair.of("HN", "TW"));
  }

  @Test
  void shouldNotReadAJapaneseAnniversaryOrDenialSaidAfterTheActionAsAChange() {
    Move anniversary = change(null, "日本とインドネシアの国交樹立65周年を記念する式典が3日、ジャカルタで開かれた。");
    Move denial = change("官房長官「駐中国大使の召還は考えていない」", "官房長官は3日の記者会見で、中国に駐在する大使の召還は考えていないと述べた。");

    assertThat(anniversary).isNull();
    assertThat(denial).isNull();
  }
}
