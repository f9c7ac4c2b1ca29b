package dev.newsroom.consumer.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinimumIntervalTest {

  /** A clock that moves only when told to, or when the interval "sleeps". */
  private static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final ManualClock clock = new ManualClock();
  private final List<Duration> waits = new ArrayList<>();
  private final MinimumInterval interval = new MinimumInterval(Duration.ofSeconds(1), clock, duration -> {
    waits.add(duration);
    clock.now = clock.now.plus(duration);
  });

  @Test
  void shouldWaitOutTheRestOfTheIntervalBetweenBackToBackCalls() throws InterruptedException {
    interval.await();
    clock.now = clock.now.plusMillis(200);
    interval.await();
    interval.await();

    assertThat(waits).containsExactly(Duration.ofMillis(800), Duration.ofSeconds(1));
  }

  @Test
  void shouldNotWaitWhenTheIntervalHasAlreadyPassed() throws InterruptedException {
    interval.await();
    clock.now = clock.now.plusSeconds(5);
    interval.await();

    assertThat(waits).isEmpty();
  }
}
