package dev.newsroom.producer.ingest;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Politeness: at most one request per {@code interval} to any one host, across all sources. */
final class HostRateLimiter {

  private final long intervalNanos;
  private final Map<String, Long> nextAllowed = new HashMap<>();

  HostRateLimiter(Duration interval) {
    this.intervalNanos = interval.toNanos();
  }

  /** Blocks until a request to {@code host} is allowed, and books the slot. */
  void acquire(String host) throws InterruptedException {
    long wait;
    synchronized (this) {
      long now = System.nanoTime();
      long slot = Math.max(now, nextAllowed.getOrDefault(host, now));
      nextAllowed.put(host, slot + intervalNanos);
      wait = slot - now;
    }
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }
}
