package dev.newsroom.analysis.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.dedup.DedupShard.Decision;
import dev.newsroom.analysis.similarity.MinHash;
import dev.newsroom.analysis.similarity.NearDuplicateCorpus;
import dev.newsroom.analysis.similarity.NearDuplicateCorpus.Doc;
import dev.newsroom.analysis.similarity.NearDuplicateIndex;
import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import dev.newsroom.analysis.similarity.OrderKey;
import dev.newsroom.analysis.similarity.Sketch;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Three shards and three raw partitions, with the sketches of each raw partition reaching each shard in order but
 * the channels interleaved at random (as repartition topics deliver them): the combined verdicts are those of one
 * index fed in time order, whatever the interleaving.
 */
class DedupShardsTogetherTest {

  private static final int PARTITIONS = 3;
  private final NearDuplicatePolicy policy = NearDuplicatePolicy.standard();
  private final MinHash minHash = policy.minHash();

  private record Sent(String id, long time, int partition, byte[] sketch) {}

  @Test
  void shouldGiveTheInOrderVerdictsWhateverTheInterleavingOfPartitions() {
    List<Doc> corpus = new NearDuplicateCorpus(3).generate(60, 120);
    // Originals lead the corpus; a copy comes up to 2 s (inside the 5 s grace) before or after its neighbours.
    Random random = new Random(11);
    List<Sent> inTime = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      Doc doc = corpus.get(i);
      inTime.add(new Sent(doc.id(), i * 1_000L, Math.floorMod(doc.id().hashCode(), PARTITIONS),
          Sketch.of(minHash.signature(doc.text()))));
    }
    Map<String, Boolean> expected = new HashMap<>();
    NearDuplicateIndex sequential = new NearDuplicateIndex(policy);
    corpus.forEach(doc -> expected.put(doc.id(), sequential.add(doc.id(), doc.text()).isPresent()));

    for (int trial = 0; trial < 3; trial++) {
      // Each raw partition publishes in time order, with neighbours swapped now and then (out of order by 1 s).
      List<Deque<Sent>> partitions = new ArrayList<>();
      for (int p = 0; p < PARTITIONS; p++) {
        partitions.add(new ArrayDeque<>());
      }
      List<Sent> shuffled = new ArrayList<>(inTime);
      for (int i = 1; i < shuffled.size(); i++) {
        if (random.nextInt(4) == 0) {
          java.util.Collections.swap(shuffled, i - 1, i);
        }
      }
      shuffled.forEach(sent -> partitions.get(sent.partition()).add(sent));
      Map<String, Boolean> verdicts = run(partitions, random);
      assertThat(verdicts).as("trial " + trial).isEqualTo(expected);
    }
  }

  /** Every shard reads every partition's channel; channels advance at random. */
  private Map<String, Boolean> run(List<Deque<Sent>> partitions, Random random) {
    List<DedupShard> shards = new ArrayList<>();
    List<List<Deque<Sent>>> channels = new ArrayList<>();
    for (int s = 0; s < PARTITIONS; s++) {
      int own = s;
      shards.add(new DedupShard(policy, key -> Math.floorMod(key, PARTITIONS) == own, PARTITIONS,
          Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofDays(30), 0));
      List<Deque<Sent>> copies = new ArrayList<>();
      partitions.forEach(p -> copies.add(new ArrayDeque<>(p)));
      channels.add(copies);
    }
    Map<String, Integer> partials = new HashMap<>();
    Map<String, Boolean> duplicate = new HashMap<>();
    List<Decision> decisions = new ArrayList<>();
    boolean more = true;
    while (more) {
      more = false;
      for (int s = 0; s < PARTITIONS; s++) {
        for (int p = 0; p < PARTITIONS; p++) {
          int burst = random.nextInt(4);
          Deque<Sent> channel = channels.get(s).get(p);
          for (int b = 0; b < burst && !channel.isEmpty(); b++) {
            Sent sent = channel.poll();
            decisions.addAll(shards.get(s).receive(OrderKey.instance(sent.id(), 0), sent.time(), sent.partition(),
                sent.id().hashCode(), sent.sketch(), 0).decisions());
          }
          more |= !channel.isEmpty();
        }
      }
    }
    shards.forEach(shard -> decisions.addAll(shard.tick(60_000)));
    for (Decision decision : decisions) {
      String id = OrderKey.releaseId(decision.id());
      partials.merge(id, 1, Integer::sum);
      duplicate.merge(id, decision.match().isPresent(), Boolean::logicalOr);
    }
    assertThat(partials.values()).as("one partial verdict per shard").containsOnly(PARTITIONS);
    return duplicate;
  }
}
