package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DowngradeDetectionTest {

  private static Analysis analyze(String text) {
    return ReleaseAnalyzer.standard().analyze(new AnalysisInput("d", null, text, LocalDate.of(2024, 5, 1)));
  }

  @Test
  void shouldReportADowngradeVerbAsDowngradeNotUpgrade() {
    Analysis a = analyze("Lithuania and China downgraded their relations to a cooperative partnership, "
        + "the foreign ministry said.");

    assertThat(a.upgrade()).isNull();
    assertThat(a.downgrade()).isNotNull();
    assertThat(a.downgrade().pair()).isEqualTo(CountryPair.of("CN", "LT"));
    assertThat(a.downgrade().toLevel()).isEqualTo("cooperative partnership");
  }

  @Test
  void shouldReportAMoveFromAHigherToALowerLevelAsDowngrade() {
    Analysis a = analyze("Japan and Cambodia moved their ties from a comprehensive strategic partnership to a "
        + "strategic partnership.");

    assertThat(a.upgrade()).isNull();
    assertThat(a.downgrade().fromLevel()).isEqualTo("comprehensive strategic partnership");
    assertThat(a.downgrade().toLevel()).isEqualTo("strategic partnership");
  }

  @Test
  void shouldKeepDowngradeEmptyForAnUpgrade() {
    Analysis a = analyze("Japan and Cambodia agreed to elevate ties to a comprehensive strategic partnership.");

    assertThat(a.upgrade()).isNotNull();
    assertThat(a.downgrade()).isNull();
  }
}
