package dev.newsroom.consumer.channel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Spaces calls at least {@code interval} apart, e.g. Slack's one message per second per channel. */
final class MinimumInterval {

  /** How to wait; tests pass one that records the waits instead of sleeping. */
  @FunctionalInterface
  interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;
  }

  private final Duration interval;
  private final Clock clock;
  private final Sleeper sleeper;
  private Instant last = Instant.MIN;

  MinimumInterval(Duration interval, Clock clock) {
    this(interval, clock, duration -> Thread.sleep(duration.toMillis()));
  }

  MinimumInterval(Duration interval, Clock clock, Sleeper sleeper) {
    this.interval = interval;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Waits until {@code interval} has passed since the previous call returned, then returns. */
  synchronized void await() throws InterruptedException {
    Instant now = clock.instant();
    if (last != Instant.MIN) {
      long wait = Duration.between(now, last.plus(interval)).toMillis();
      if (wait > 0) {
        sleeper.sleep(Duration.ofMillis(wait));
      }
    }
    last = clock.instant();
  }
}
