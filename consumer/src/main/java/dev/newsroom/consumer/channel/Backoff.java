package dev.newsroom.consumer.channel;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with full jitter: attempt n waits a random time up to {@code initial * 2^(n-1)}, capped
 * at {@code max}, so that many consumers retrying a failed receiver do not hit it in step.
 */
public record Backoff(int maxAttempts, Duration initial, Duration max) {

  public Backoff {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }
  }

  public static Backoff defaults() {
    return new Backoff(6, Duration.ofMillis(500), Duration.ofSeconds(30));
  }

  /** The wait before retry number {@code attempt} (1 = the first retry). */
  public Duration delayBefore(int attempt) {
    long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempt - 1, 20));
    return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling / 2, ceiling + 1));
  }
}
