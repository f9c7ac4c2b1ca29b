package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chinese and Japanese write no spaces: names and levels are runs of characters, sentences end at "。". */
class ChineseJapaneseTextTest {

  private static List<String> levels(String text) {
    return PartnershipLadder.standard().find(text).stream().map(LevelMention::level).toList();
  }

  private static List<String> codes(String text) {
    return Gazetteer.standard().find(text).stream().map(Mention::code).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "双方一致决定将中巴关系提升为全天候战略合作伙伴关系。 | all-weather strategic cooperative partnership",
      "正式建立中国东盟全面战略伙伴关系。 | comprehensive strategic partnership",
      "深化中越全面战略合作伙伴关系。 | comprehensive strategic cooperative partnership",
      "中国和东盟于2003年建立战略伙伴关系。 | strategic partnership",
      "日カンボジア関係を「包括的戦略的パートナーシップ」に格上げする。 | comprehensive strategic partnership",
      "「広範な戦略的パートナーシップ」から一段引き上げる。 | extended strategic partnership",
      "両国関係を「特別戦略的グローバル・パートナーシップ」に格上げした。 | special strategic and global partnership",
      "特別な戦略的グローバル・パートナーシップ | special strategic and global partnership",
      "戦略的パートナーシップ | strategic partnership"})
  void shouldFindLevelNamesWrittenWithoutSpaces(String text, String level) {
    assertThat(levels(text)).containsExactly(level);
  }

  @Test
  void shouldFindCountryNamesWithoutSpaces() {
    // "国家主席习近平" stands for China as a capital does (gazetteer-zh.tsv), as the Chinese press names its side.
    assertThat(codes("国家主席习近平在伊斯兰堡同巴基斯坦总理谢里夫举行会谈")).containsExactly("CN", "PK", "PK");
    assertThat(codes("フン・マネット・カンボジア首相と日本の首相")).containsExactly("KH", "JP");
    assertThat(codes("中国－东盟峰会")).containsExactly("CN", "ASEAN");
  }

  @Test
  void shouldNotFindANameInsideALongerKatakanaWord() {
    assertThat(codes("ネクタイを締めた首相")).isEmpty();
  }

  @Test
  void shouldNotReadTheSultanOfBruneiAsSudan() {
    assertThat(codes("文莱苏丹哈桑纳尔")).containsExactly("BN");
  }

  @Test
  void shouldEndSentencesAtTheIdeographicFullStop() {
    Analysis a = ReleaseAnalyzer.standard().analyze(new AnalysisInput("z", "中巴关系提升",
        "国家主席习近平在伊斯兰堡同巴基斯坦总理举行会谈。这是中国国家主席时隔九年再次访问巴基斯坦。",
        LocalDate.of(2015, 4, 20)));

    assertThat(a.countries()).contains("CN", "PK");
    assertThat(a.primaryPair()).isEqualTo(CountryPair.of("CN", "PK"));
  }

  private static Analysis analyze(String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("c", null, text, LocalDate.of(2024, 1, 24)));
  }

  @Test
  void shouldReadAChineseMoveAfterASinceClauseAboutTheLevelLeft() {
    Analysis a = analyze("乌兹别克斯坦总统米尔济约耶夫对中国进行国事访问。双方积极评价2016年建立全面战略伙伴关系以来两国关系取得的发展，"
        + "一致决定将两国关系提升为全天候全面战略伙伴关系。");

    assertThat(a.primaryPair()).isEqualTo(CountryPair.of("CN", "UZ"));
    assertThat(a.upgrade().toLevel()).isEqualTo("all-weather comprehensive strategic partnership");
    assertThat(a.upgrade().stage()).isEqualTo(Stage.AGREED);
  }

  @Test
  void shouldReadAChineseLevelWithAQuotedQualifierAndItsFromLevel() {
    Analysis a = analyze("美国总统对越南进行国事访问。两国发表联合声明，宣布将两国关系从全面伙伴关系提升为“致力于和平、合作与可持续发展的"
        + "全面战略伙伴关系”。");

    assertThat(a.upgrade().toLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(a.upgrade().fromLevel()).isEqualTo("comprehensive partnership");
  }

  @Test
  void shouldNotReadAChineseAnniversaryOfALevelAsAMove() {
    Analysis a = analyze("“中国—东盟建立战略伙伴关系20周年：回顾与展望”国际学术研讨会16日在南宁举行。");

    assertThat(a.upgrade()).isNull();
  }
}
