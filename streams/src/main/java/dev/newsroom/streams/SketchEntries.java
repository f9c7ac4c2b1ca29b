package dev.newsroom.streams;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The layout of a deduplication task's store of retained releases. Key: the event time (8 bytes, sign bit
 * flipped so that byte order is time order: old entries are one range to delete), the raw offset (8 bytes; a
 * release published twice under one id is two entries) and the id in UTF-8. Value: the 64-bit fingerprint,
 * then the sketch. For a 20-character id and 72 hashes that is 36 + 80 bytes.
 */
final class SketchEntries {

  private SketchEntries() {}

  static byte[] key(long time, long offset, String id) {
    byte[] idBytes = id.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocate(16 + idBytes.length).putLong(time ^ Long.MIN_VALUE).putLong(offset).put(idBytes)
        .array();
  }

  /** The first key at or after this time, for ranges. */
  static byte[] timeKey(long time) {
    return ByteBuffer.allocate(8).putLong(time ^ Long.MIN_VALUE).array();
  }

  static long time(byte[] key) {
    return ByteBuffer.wrap(key).getLong() ^ Long.MIN_VALUE;
  }

  static long offset(byte[] key) {
    return ByteBuffer.wrap(key).getLong(8);
  }

  static String id(byte[] key) {
    return new String(key, 16, key.length - 16, StandardCharsets.UTF_8);
  }

  static byte[] value(long fingerprint, byte[] sketch) {
    return ByteBuffer.allocate(8 + sketch.length).putLong(fingerprint).put(sketch).array();
  }

  static long fingerprint(byte[] value) {
    return ByteBuffer.wrap(value).getLong();
  }

  static byte[] sketch(byte[] value) {
    return Arrays.copyOfRange(value, 8, value.length);
  }

  /** The first 64 bits of a release's hex SHA-256 fingerprint: enough to tell exact copies apart. */
  static long fingerprintBits(String hexFingerprint) {
    return HexFormat.fromHexDigitsToLong(hexFingerprint, 0, 16);
  }
}
