package dev.newsroom.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MinHashTest {

  private final MinHash minHash = NearDuplicatePolicy.standard().minHash();

  @Test
  void shouldGiveEqualSignaturesToTextsThatDifferOnlyInCaseAndPunctuation() {
    assertThat(minHash.signature("Japan and Cambodia raise ties, officials said."))
        .isEqualTo(minHash.signature("JAPAN and cambodia  raise ties officials said"));
  }

  @Test
  void shouldEstimateHighSimilarityForSmallEditAndLowForUnrelatedText() {
    String base = "the two prime ministers agreed to raise relations to a comprehensive strategic partnership "
        + "next year and signed agreements on trade investment clean energy education and health";
    String edited = base.replace("clean energy", "renewable power");
    String unrelated = "heavy rain is expected across the northern provinces on saturday with strong winds "
        + "along the coast and cooler temperatures in the mountains";

    double close = MinHash.similarity(minHash.signature(base), minHash.signature(edited));
    double far = MinHash.similarity(minHash.signature(base), minHash.signature(unrelated));

    assertThat(close).isGreaterThan(0.6);
    assertThat(far).isLessThan(0.1);
  }

  @Test
  void shouldCorrectSketchSimilarityForChanceAgreement() {
    int[] a = minHash.signature("alpha beta gamma delta epsilon zeta eta theta");
    assertThat(Sketch.similarity(Sketch.of(a), Sketch.of(a))).isEqualTo(1.0);
    int[] b = minHash.signature("one two three four five six seven eight nine");
    assertThat(Sketch.similarity(Sketch.of(a), Sketch.of(b))).isLessThan(0.1);
  }

  @Test
  void shouldCutSignatureIntoOneKeyPerBand() {
    NearDuplicatePolicy policy = NearDuplicatePolicy.standard();
    assertThat(policy.bandKeys(minHash.signature("some text here"))).hasSize(policy.bands()).doesNotHaveDuplicates();
  }
}
