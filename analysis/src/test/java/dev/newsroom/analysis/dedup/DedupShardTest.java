package dev.newsroom.analysis.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.dedup.DedupShard.Decision;
import dev.newsroom.analysis.similarity.MinHash;
import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import dev.newsroom.analysis.similarity.Sketch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupShardTest {

  private static final String TEXT = "the prime ministers of japan and cambodia agreed today to elevate relations "
      + "between the two countries from a strategic partnership to a comprehensive strategic partnership";
  private static final Duration GRACE = Duration.ofSeconds(5);
  private static final Duration IDLE = Duration.ofSeconds(30);

  private final NearDuplicatePolicy policy = NearDuplicatePolicy.standard();
  private final MinHash minHash = policy.minHash();
  private final byte[] sketch = Sketch.of(minHash.signature(TEXT));

  private DedupShard shard(int partitions) {
    return new DedupShard(policy, key -> true, partitions, GRACE, IDLE, Duration.ofDays(30), 0);
  }

  @Test
  void shouldDecideCopyBeforeItsOriginalOnlyOnceTheOriginalIsSeen() {
    DedupShard shard = shard(2);
    List<Decision> decisions = new ArrayList<>();
    decisions.addAll(shard.receive("copy", 2_000, 0, 1, sketch, 0).decisions());
    decisions.addAll(shard.receive("original", 1_000, 1, 1, sketch, 0).decisions());
    assertThat(decisions).isEmpty();

    decisions.addAll(shard.receive("later-0", 8_000, 0, 2, Sketch.of(minHash.signature("other words here")), 0)
        .decisions());
    decisions.addAll(shard.receive("later-1", 8_000, 1, 3, Sketch.of(minHash.signature("more other words")), 0)
        .decisions());

    assertThat(decisions).extracting(Decision::id).containsExactly("original", "copy");
    assertThat(decisions.get(0).match()).isEmpty();
    assertThat(decisions.get(1).match()).hasValueSatisfying(m -> assertThat(m.id()).isEqualTo("original"));
  }

  @Test
  void shouldDecideOnArrivalWhenNoBandIsOwned() {
    DedupShard shard = new DedupShard(policy, key -> false, 1, GRACE, IDLE, Duration.ofDays(30), 0);
    DedupShard.Received received = shard.receive("a", 1_000, 0, 1, sketch, 0);
    assertThat(received.remembered()).isFalse();
    assertThat(received.decisions()).singleElement().satisfies(d -> assertThat(d.match()).isEmpty());
  }

  @Test
  void shouldResumePendingVerdictsAfterRestore() {
    DedupShard before = shard(1);
    before.receive("original", 1_000, 0, 1, sketch, 0);
    before.receive("x", 7_000, 0, 2, Sketch.of(minHash.signature("unrelated words entirely")), 0);
    before.receive("copy", 8_000, 0, 1, sketch, 0);
    long decidedThrough = before.decidedThrough();
    assertThat(decidedThrough).isEqualTo(3_000);

    DedupShard after = shard(1);
    after.restoreDecidedThrough(decidedThrough);
    after.restoreProgress(0, 8_000, 100);
    after.restoreRelease("original", 1_000, 1, sketch);
    after.restoreRelease("x", 7_000, 2, Sketch.of(minHash.signature("unrelated words entirely")));
    after.restoreRelease("copy", 8_000, 1, sketch);
    assertThat(after.pending()).isEqualTo(2);

    List<Decision> decisions = after.tick(100 + IDLE.toMillis());
    assertThat(decisions).extracting(Decision::id).containsExactly("x", "copy");
    assertThat(decisions.get(1).match()).hasValueSatisfying(m -> assertThat(m.id()).isEqualTo("original"));
  }
}
