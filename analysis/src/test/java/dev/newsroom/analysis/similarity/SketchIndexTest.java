package dev.newsroom.analysis.similarity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SketchIndexTest {

  private static final long DAY = 86_400_000L;
  private static final String TEXT = "the prime ministers of japan and cambodia agreed today to elevate relations "
      + "between the two countries from a strategic partnership to a comprehensive strategic partnership";
  private static final String NEAR = TEXT.replace("agreed today", "decided on sunday") + " said the statement";
  private static final String OTHER = "scattered showers are expected on saturday with temperatures between "
      + "eighteen and twenty four degrees while sunday should be dry and sunny along the coast";

  private final NearDuplicatePolicy policy = NearDuplicatePolicy.standard();
  private final MinHash minHash = policy.minHash();

  private byte[] sketch(String text) {
    return Sketch.of(minHash.signature(text));
  }

  @Test
  void shouldFindEarliestSimilarReleaseInTime() {
    SketchIndex index = new SketchIndex(policy, key -> true);
    int late = index.add("c", 3_000, 3, sketch(NEAR));
    index.add("b", 2_000, 2, sketch(TEXT));
    index.add("a", 1_000, 1, sketch(TEXT));
    index.add("x", 500, 9, sketch(OTHER));

    Optional<SketchIndex.Match> match = index.earliestMatch(late, true, DAY);
    assertThat(match).hasValueSatisfying(m -> {
      assertThat(m.id()).isEqualTo("a");
      assertThat(m.exact()).isFalse();
      assertThat(m.similarity()).isBetween(0.4, 0.99);
    });
  }

  @Test
  void shouldFindNothingEarlierForTheOriginalButAnyMatchWhenLate() {
    SketchIndex index = new SketchIndex(policy, key -> true);
    int original = index.add("a", 1_000, 1, sketch(TEXT));
    index.add("b", 2_000, 1, sketch(TEXT));

    assertThat(index.earliestMatch(original, true, DAY)).isEmpty();
    assertThat(index.earliestMatch(original, false, DAY)).hasValueSatisfying(m -> {
      assertThat(m.id()).isEqualTo("b");
      assertThat(m.exact()).isTrue();
      assertThat(m.similarity()).isEqualTo(1.0);
    });
  }

  @Test
  void shouldIgnoreReleasesOutsideRetentionAndBandsItDoesNotOwn() {
    SketchIndex nothingOwned = new SketchIndex(policy, key -> false);
    nothingOwned.add("a", 1_000, 1, sketch(TEXT));
    assertThat(nothingOwned.earliestMatch(nothingOwned.add("b", 2_000, 1, sketch(TEXT)), true, DAY)).isEmpty();
    assertThat(nothingOwned.ownsAnyBand(sketch(TEXT))).isFalse();

    SketchIndex index = new SketchIndex(policy, key -> true);
    index.add("a", 1_000, 1, sketch(TEXT));
    assertThat(index.earliestMatch(index.add("b", 1_000 + 2 * DAY, 1, sketch(TEXT)), true, DAY)).isEmpty();
  }

  @Test
  void shouldForgetOldReleasesAndRenumberTheRest() {
    SketchIndex index = new SketchIndex(policy, key -> true);
    for (int i = 0; i < 100; i++) {
      index.add("old-" + i, i, i, sketch(OTHER + " " + i));
    }
    index.add("kept", 5_000, 1, sketch(TEXT));
    int[] moved = index.forgetBefore(1_000);

    assertThat(moved).isNotNull();
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.id(moved[100])).isEqualTo("kept");
    int copy = index.add("copy", 6_000, 1, sketch(TEXT));
    assertThat(index.earliestMatch(copy, true, DAY)).hasValueSatisfying(m -> assertThat(m.id()).isEqualTo("kept"));
  }

  @Test
  void shouldSplitBandsBetweenTasksSoThatTogetherTheyFindTheMatch() {
    int tasks = 3;
    int found = 0;
    for (int task = 0; task < tasks; task++) {
      int own = task;
      SketchIndex index = new SketchIndex(policy, key -> Math.floorMod(key, tasks) == own);
      index.add("a", 1_000, 1, sketch(TEXT));
      if (index.earliestMatch(index.add("b", 2_000, 2, sketch(NEAR)), true, DAY).isPresent()) {
        found++;
      }
    }
    assertThat(found).isPositive();
  }
}
