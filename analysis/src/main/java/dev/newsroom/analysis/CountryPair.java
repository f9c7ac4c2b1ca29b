package dev.newsroom.analysis;

import java.util.List;
import java.util.Objects;

/**
 * Two parties (countries by ISO 3166-1 alpha-2 code, or blocs by acronym) in canonical order, so that
 * "Japan and Cambodia" and "Cambodia and Japan" are the same key everywhere downstream.
 */
public record CountryPair(String first, String second) {

  public CountryPair {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    if (first.isBlank() || second.isBlank()) {
      throw new IllegalArgumentException("country codes must not be blank");
    }
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException(
          "a pair needs two distinct codes in sorted order, got " + first + " and " + second);
    }
  }

  /** Builds the pair from two codes in any order. */
  public static CountryPair of(String a, String b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    return a.compareTo(b) <= 0 ? new CountryPair(a, b) : new CountryPair(b, a);
  }

  /** Parses a key such as {@code "JP-KH"}; the two codes may be in any order. */
  public static CountryPair parse(String key) {
    Objects.requireNonNull(key, "key");
    String[] parts = key.trim().split("-", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException("not a pair key (expected CODE-CODE): " + key);
    }
    return of(parts[0].trim(), parts[1].trim());
  }

  /** The stable textual key, e.g. {@code "JP-KH"}. */
  public String key() {
    return first + "-" + second;
  }

  public List<String> toList() {
    return List.of(first, second);
  }

  public boolean contains(String code) {
    return first.equals(code) || second.equals(code);
  }

  /** The member that is not {@code code}; only meaningful when {@link #contains(String)} is true. */
  public String other(String code) {
    return first.equals(code) ? second : first;
  }

  @Override
  public String toString() {
    return key();
  }
}
