package dev.newsroom.benchmarks.load;

import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.schemas.Contracts;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Records that are not acceptable releases, one kind per way a producer or a broken tool can get it wrong.
 * Each must land on the rejected topic exactly once and stop nothing.
 */
enum PoisonKind {
  GARBAGE_BYTES, EMPTY_VALUE, TOMBSTONE, TRUNCATED_RELEASE, UNKNOWN_SCHEMA, OTHER_CONTRACT, BLANK_ID,
  KEY_MISMATCH, EMPTY_BODY, BLANK_BODY, NO_SOURCE_NAME, OVERSIZED_BODY;

  /** The value to publish under {@code key}; null for a tombstone. */
  byte[] value(String key, SplittableRandom random, Instant at) {
    return switch (this) {
      case GARBAGE_BYTES -> {
        byte[] bytes = new byte[16 + random.nextInt(200)];
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = (byte) random.nextInt(256);
        }
        bytes[0] = 0x7B; // '{': looks like JSON to a person, is not Avro to the decoder
        yield bytes;
      }
      case EMPTY_VALUE -> new byte[0];
      case TOMBSTONE -> null;
      case TRUNCATED_RELEASE -> {
        byte[] whole = encode(release(key, "Cut short", ReleaseTexts.body(random, 60), "Wire desk", at));
        yield Arrays.copyOf(whole, whole.length / 2);
      }
      case UNKNOWN_SCHEMA -> {
        byte[] bytes = encode(release(key, "From the future", ReleaseTexts.body(random, 40), "Wire desk", at));
        for (int i = 2; i < 10; i++) {
          bytes[i] = (byte) random.nextInt(256); // the schema fingerprint no reader knows
        }
        yield bytes;
      }
      case OTHER_CONTRACT -> Contracts.PAIR_LEVEL.encode(PairLevel.newBuilder().setPair(java.util.List.of("FR", "DE"))
          .setLevel("strategic partnership").setOrigin("seed").setEstablishedBy(java.util.List.of())
          .setSince(null).setUpdatedAt(at).build());
      case BLANK_ID -> encode(release(" ", "No id", ReleaseTexts.body(random, 40), "Wire desk", at));
      case KEY_MISMATCH -> encode(release(key + "-other", "Wrong key", ReleaseTexts.body(random, 40), "Wire desk", at));
      case EMPTY_BODY -> encode(release(key, "Nothing inside", "", "Wire desk", at));
      case BLANK_BODY -> encode(release(key, "Only spaces", " \n\t  ", "Wire desk", at));
      case NO_SOURCE_NAME -> encode(release(key, "Anonymous", ReleaseTexts.body(random, 40), " ", at));
      case OVERSIZED_BODY -> encode(release(key, "A whole site", "a".repeat(1_000_001), "Wire desk", at));
    };
  }

  private static RawRelease release(String id, String title, String body, String source, Instant at) {
    return RawRelease.newBuilder().setId(id).setSource(new ReleaseSource(source, SourceKind.OTHER)).setTitle(title)
        .setBody(body).setPublishedAt(at).setReceivedAt(at).build();
  }

  private static byte[] encode(RawRelease release) {
    return Contracts.RAW_RELEASE.encode(release);
  }

  static String keyFor(PoisonKind kind, int index) {
    return "poison-" + kind.name().toLowerCase().replace('_', '-') + "-" + index;
  }
}
