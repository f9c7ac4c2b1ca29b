package dev.newsroom.analysis.similarity;

import java.util.HexFormat;

/**
 * The total order of releases that decides which member of a family is the original: event time (the record
 * timestamp, which producers set to the time received), then id, then the raw offset (one id published twice
 * lands on one partition, so its offsets tell the two publications apart). Every task compares the same way,
 * whatever order the releases arrived in.
 *
 * <p>A publication is named by its instance: the id, a NUL and the offset in 16 hex digits, so that comparing
 * instances as strings compares (id, offset).
 */
public final class OrderKey {

  private static final char SEPARATOR = '\u0000';

  private OrderKey() {}

  public static String instance(String id, long offset) {
    return id + SEPARATOR + HexFormat.of().toHexDigits(offset);
  }

  /** The release id of an instance (an id that is no instance is returned as it is). */
  public static String releaseId(String instance) {
    int separator = instance.lastIndexOf(SEPARATOR);
    return separator < 0 ? instance : instance.substring(0, separator);
  }

  public static long offset(String instance) {
    int separator = instance.lastIndexOf(SEPARATOR);
    return separator < 0 ? 0 : HexFormat.fromHexDigitsToLong(instance, separator + 1, instance.length());
  }

  public static int compare(long timeA, String idA, long timeB, String idB) {
    int byTime = Long.compare(timeA, timeB);
    return byTime != 0 ? byTime : idA.compareTo(idB);
  }
}
