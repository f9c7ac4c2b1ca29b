package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueRecordsTest {

  @Test
  void shouldKeepScoresWithinZeroAndOne() {
    CountryPair pair = CountryPair.of("JP", "KH");

    assertThat(new ScoredPair(pair, 0.0).score()).isZero();
    assertThat(new ScoredPair(pair, 1.0).score()).isEqualTo(1.0);
    assertThatThrownBy(() -> new ScoredPair(pair, 1.01)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoredPair(pair, -0.1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ScoredPair(pair, Double.NaN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRequireIdAndTextButNotTitleOrDate() {
    assertThat(new AnalysisInput("r1", null, "text", null).title()).isNull();
    assertThatThrownBy(() -> new AnalysisInput(null, "t", "text", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new AnalysisInput(" ", "t", "text", null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AnalysisInput("r1", "t", null, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void shouldAllowUpgradeWithoutFromLevelOnly() {
    CountryPair pair = CountryPair.of("JP", "KH");

    assertThat(Move.partnership(Direction.UPGRADE, pair, null, "strategic partnership", Stage.AGREED, null, 1.0, "s")
        .fromLevel()).isNull();
    assertThatThrownBy(() -> Move.partnership(Direction.UPGRADE, pair, null, null, Stage.AGREED, null, 1.0, "s"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Move.partnership(Direction.UPGRADE, pair, null, "x", null, null, 1.0, "s"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Move.partnership(Direction.UPGRADE, pair, null, "x", Stage.AGREED, null, 1.5, "s"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldCopyListsSoAnalysesStayImmutable() {
    List<String> countries = new ArrayList<>(List.of("JP", "KH"));
    Analysis analysis = new Analysis("r1", countries, List.of(), null, List.of(), null);

    countries.add("CN");

    assertThat(analysis.countries()).containsExactly("JP", "KH");
    assertThatThrownBy(() -> analysis.countries().add("US")).isInstanceOf(UnsupportedOperationException.class);
  }
}
