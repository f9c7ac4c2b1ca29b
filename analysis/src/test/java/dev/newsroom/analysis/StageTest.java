package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StageTest {

  @Test
  void shouldUseLowerCaseWireLabels() {
    assertThat(Stage.values()).extracting(Stage::label)
        .containsExactly("proposed", "agreed", "announced", "established", "took_effect");
  }

  @Test
  void shouldOrderStagesFromProposalToEffect() {
    assertThat(Stage.PROPOSED.order()).isLessThan(Stage.AGREED.order());
    assertThat(Stage.AGREED.order()).isLessThan(Stage.ANNOUNCED.order());
    assertThat(Stage.ANNOUNCED.order()).isLessThan(Stage.ESTABLISHED.order());
    assertThat(Stage.ESTABLISHED.order()).isLessThan(Stage.TOOK_EFFECT.order());
  }

  @Test
  void shouldReadEveryLabelBack() {
    for (Stage stage : Stage.values()) {
      assertThat(Stage.fromLabel(stage.label())).isEqualTo(stage);
    }
    assertThat(Stage.fromLabel(" TOOK_EFFECT ")).isEqualTo(Stage.TOOK_EFFECT);
  }

  @Test
  void shouldRejectUnknownLabels() {
    assertThatThrownBy(() -> Stage.fromLabel("signed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("signed");
  }
}
