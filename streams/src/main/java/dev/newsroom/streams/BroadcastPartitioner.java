package dev.newsroom.streams;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Sends each sketch to every deduplication task: each keeps only the bands it owns, and each needs every
 * release to follow every raw partition's progress (the watermark). With 24 bands a release has bands in
 * every one of a few partitions anyway, so multicast to all costs nothing over multicast to the owners.
 */
final class BroadcastPartitioner implements org.apache.kafka.streams.processor.StreamPartitioner<String, DedupMessage> {

  @Override
  public Optional<Set<Integer>> partitions(String topic, String key, DedupMessage value, int numPartitions) {
    return Optional.of(IntStream.range(0, numPartitions).boxed().collect(Collectors.toUnmodifiableSet()));
  }
}
