package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Upgrades in Portuguese, German, Indonesian, Russian, Arabic, Chinese and Japanese, in sentences written for the tests. */
class MoreLanguagesUpgradeTest {

  private static Move upgrade(String title, String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("m", title, text, LocalDate.of(2024, 7, 10)))
        .upgrade();
  }

  @Test
  void shouldReadPortugueseIndonesianAndGermanUpgrades() {
    Move pt = upgrade(null, "Luanda, 10 jul (Lusa) - Angola e a China elevaram hoje as relações ao nível de "
        + "parceria estratégica abrangente.");
    Move id = upgrade(null, "Jakarta - Indonesia dan Vietnam sepakat meningkatkan hubungan menjadi kemitraan "
        + "strategis komprehensif.");
    Move de = upgrade("Berlin und Hanoi gründen eine strategische Partnerschaft", "Die Regierungen haben die "
        + "Erklärung am Montag unterzeichnet.");

    assertThat(pt.pair()).isEqualTo(CountryPair.of("AO", "CN"));
    assertThat(pt.toLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(id.pair()).isEqualTo(CountryPair.of("ID", "VN"));
    assertThat(id.stage()).isEqualTo(Stage.AGREED);
    assertThat(de.pair()).isEqualTo(CountryPair.of("DE", "VN"));
    assertThat(de.toLevel()).isEqualTo("strategic partnership");
  }

  @Test
  void shouldReadRussianAndArabicUpgradesWithDeclinedAndPrefixedNames() {
    Move ru = upgrade(null, "МОСКВА, 10 июл - Россия и Иран подписали в среду договор о всеобъемлющем "
        + "стратегическом партнёрстве.");
    Move ar = upgrade(null, "القاهرة - اتفقت مصر والهند على رفع العلاقات إلى مستوى الشراكة الاستراتيجية.");

    assertThat(ru.pair()).isEqualTo(CountryPair.of("IR", "RU"));
    assertThat(ru.toLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(ru.stage()).isEqualTo(Stage.ESTABLISHED);
    assertThat(ar.pair()).isEqualTo(CountryPair.of("EG", "IN"));
    assertThat(ar.toLevel()).isEqualTo("strategic partnership");
  }

  @Test
  void shouldReadChineseAndJapaneseMarkersGluedToTheLevel() {
    Move zh = upgrade(null, "两国元首宣布，将中国和孟加拉国关系提升为全面战略合作伙伴关系。");
    Move ja = upgrade(null, "岸田文雄首相は5日、マレーシアのアンワル首相と会談し、両国関係を「包括的戦略的パートナーシップ」に"
        + "格上げすることで一致した。");

    assertThat(zh.pair()).isEqualTo(CountryPair.of("BD", "CN"));
    assertThat(zh.toLevel()).isEqualTo("comprehensive strategic cooperative partnership");
    assertThat(zh.stage()).isEqualTo(Stage.ANNOUNCED);
    assertThat(ja.pair()).isEqualTo(CountryPair.of("JP", "MY"));
    assertThat(ja.stage()).isEqualTo(Stage.AGREED);
  }

  @Test
  void shouldNotReadChineseHistoryOrJapanesePlansAsMoves() {
    assertThat(upgrade(null, "2016年习近平访问达卡期间，双方将中国和孟加拉国关系提升为战略合作伙伴关系。")).isNull();
    assertThat(upgrade(null, "岸田文雄首相はマレーシアとの関係を「包括的戦略的パートナーシップ」に格上げする方向で検討している。"))
        .isNull();
  }

  @Test
  void shouldReadAGermanUpgradeWhoseParticipleComesAfterTheLevel() {
    Move done = upgrade(null, "PRAG, 10. Juli - Tschechien und Vietnam haben ihre Beziehungen zu einer strategischen "
        + "Partnerschaft aufgewertet.");
    Move agreed = upgrade(null, "BERLIN, 10. Juli - Deutschland und Indonesien vereinbarten, ihre Beziehungen zu "
        + "einer umfassenden Partnerschaft auszubauen.");
    Move wish = upgrade(null, "BERLIN, 10. Juli - Deutschland und Indonesien wollen ihre Beziehungen zu einer "
        + "umfassenden Partnerschaft ausbauen.");

    assertThat(done.pair()).isEqualTo(CountryPair.of("CZ", "VN"));
    assertThat(done.toLevel()).isEqualTo("strategic partnership");
    assertThat(agreed.toLevel()).isEqualTo("comprehensive partnership");
    assertThat(agreed.stage()).isEqualTo(Stage.AGREED);
    assertThat(wish).isNull();
    Move far = upgrade(null, "PRAG, 10. Juli - Tschechien und Vietnam haben ihre Beziehungen zu einer strategischen "
        + "Partnerschaft zwischen den beiden Ländern in Prag aufgewertet.");
    assertThat(far.toLevel()).isEqualTo("strategic partnership");
  }

  @Test
  void shouldReadACapitalisedRussianDocumentNameBetweenVerbAndLevel() {
    Move ru = upgrade(null, "МОСКВА, 10 июля. Россия и Иран подписали Договор о всеобъемлющем стратегическом "
        + "партнёрстве.");

    assertThat(ru.pair()).isEqualTo(CountryPair.of("IR", "RU"));
    assertThat(ru.toLevel()).isEqualTo("comprehensive strategic partnership");
  }

  @Test
  void shouldReadAnOldYearInTheVerbsClauseAsHistory() {
    Move ru = upgrade(null, "Соглашение было подписано в 2015 году, а в 2018-м Россия и Египет заключили Договор о "
        + "всеобъемлющем партнёрстве.");

    assertThat(ru).isNull();
  }
}
