package dev.newsroom.streams;

import dev.newsroom.avro.TaggedRelease;

/**
 * The messages of deduplication, internal to the topology (its two repartition topics and the decider's
 * store), in a compact binary form ({@link DedupMessageSerde}); not a public contract. {@code time} is always
 * the release's event time (its raw record timestamp): with the id, the release's order key.
 */
sealed interface DedupMessage {

  String id();

  long time();

  /** The raw offset of the release: with id and time, one publication (see {@code OrderKey}). */
  long offset();

  /** A release's sketch, sent to every deduplication task (each also learns the raw partition's progress). */
  record SketchOf(String id, long time, long offset, int rawPartition, long fingerprint, byte[] sketch) implements DedupMessage {}

  /** One task's partial verdict: the earliest similar release in its bands, or none ({@code matchId} null). */
  record Partial(String id, long time, long offset, String matchId, long matchTime, double similarity, boolean exact)
      implements DedupMessage {}

  /** The release itself, sent to its home (by id) to wait there for the partial verdicts. */
  record Release(String id, long time, long offset, TaggedRelease release) implements DedupMessage {}

  /**
   * The home's state for a release in flight: the release once it arrived, how many partial verdicts arrived
   * and the earliest match among them.
   */
  record Gathering(String id, long time, long offset, TaggedRelease release, int partials, String matchId, long matchTime,
      double similarity, boolean exact) implements DedupMessage {}
}
