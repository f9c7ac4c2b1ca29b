package dev.newsroom.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.similarity.NearDuplicateCorpus.Variant;
import org.junit.jupiter.api.Test;

/** Issue 4's accuracy floors on a generated corpus with planted families. */
class NearDuplicateAccuracyTest {

  private final NearDuplicateEvaluation.Result result = NearDuplicateEvaluation.run(
      new NearDuplicateCorpus(7).generate(300, 600), NearDuplicatePolicy.standard());

  @Test
  void shouldCatchCopiesWithUpToTenPercentEditsWithHighRecall() {
    assertThat(result.recall(Variant.EXACT_COPY)).isEqualTo(1.0);
    assertThat(result.recall(Variant.BOILERPLATE)).isGreaterThanOrEqualTo(0.95);
    assertThat(result.recall(Variant.REORDERED)).isGreaterThanOrEqualTo(0.95);
    assertThat(result.recall(Variant.EDIT_5)).isGreaterThanOrEqualTo(0.95);
    assertThat(result.recall(Variant.EDIT_10)).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void shouldNameTheRightOriginalInAtLeast98PercentOfVerdicts() {
    assertThat(result.precision()).isGreaterThanOrEqualTo(0.98);
  }

  @Test
  void shouldNeverMergeDistinctReportsOfTheSameEvent() {
    assertThat(result.rows().get(Variant.DISTINCT).flagged()).isZero();
    assertThat(result.rows().get(Variant.UNRELATED).flagged()).isZero();
  }
}
