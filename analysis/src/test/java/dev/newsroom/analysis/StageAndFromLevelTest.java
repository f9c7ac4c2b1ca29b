package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The stage of a move and the level it leaves, when the wording is indirect or spread over sentences. */
class StageAndFromLevelTest {

  private static Analysis analyze(String title, String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("s", title, text, LocalDate.of(2023, 9, 10)));
  }

  @Test
  void shouldReadAnIssuedJointStatementAsEstablished() {
    Analysis a = analyze(null, "Following the talks, the two leaders issued a Joint Leaders' Statement elevating "
        + "Viet Nam-United States relations to a Comprehensive Strategic Partnership.");

    assertThat(a.upgrade().stage()).isEqualTo(Stage.ESTABLISHED);
  }

  @Test
  void shouldPreferTheBodysStatedStageToAHeadlinesPresentTense() {
    Analysis a = analyze("Korea, Vietnam upgrade relations to comprehensive strategic partnership",
        "The presidents of South Korea and Viet Nam agreed on Monday to upgrade relations to a comprehensive "
            + "strategic partnership.");

    assertThat(a.upgrade().stage()).isEqualTo(Stage.AGREED);
  }

  @Test
  void shouldReadADeclaredPartnershipAsAnnounced() {
    Analysis a = analyze(null, "Washington and Hanoi declared a comprehensive strategic partnership on Sunday.");

    assertThat(a.upgrade().stage()).isEqualTo(Stage.ANNOUNCED);
  }

  @Test
  void shouldTakeTheFromLevelFromAnotherSentenceAboutThePair() {
    Analysis a = analyze(null, "Viet Nam and the United States elevated relations to a Comprehensive Strategic "
        + "Partnership. The two countries formed a Comprehensive Partnership in 2013.");

    assertThat(a.upgrade().toLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(a.upgrade().fromLevel()).isEqualTo("comprehensive partnership");
  }

  @Test
  void shouldNotTakeTheFromLevelFromASentenceAboutAnotherParty() {
    Analysis a = analyze(null, "Viet Nam and the United States elevated relations to a Comprehensive Strategic "
        + "Partnership. Viet Nam has had a comprehensive partnership with Canada since 2017.");

    assertThat(a.upgrade().fromLevel()).isNull();
  }
}
