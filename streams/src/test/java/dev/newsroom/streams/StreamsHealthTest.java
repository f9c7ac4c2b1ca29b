package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StreamsHealthTest {

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
  private final StreamsHealth health = new StreamsHealth(now::get, Duration.ofMinutes(5));

  private void advance(Duration by) {
    now.updateAndGet(instant -> instant.plus(by));
  }

  @Test
  void shouldBeReadyOnlyWhileRunning() {
    health.onChange(State.REBALANCING);
    assertThat(health.ready()).isFalse();
    health.onChange(State.RUNNING);
    assertThat(health.ready()).isTrue();
    assertThat(health.live()).isTrue();
  }

  @Test
  void shouldStayLiveDuringAShortRebalance() {
    health.onChange(State.REBALANCING);
    advance(Duration.ofMinutes(4));
    assertThat(health.live()).isTrue();
    assertThat(health.ready()).isFalse();
  }

  @Test
  void shouldNotBeLiveWhenStuckInRebalancing() {
    health.onChange(State.REBALANCING);
    advance(Duration.ofMinutes(6));
    assertThat(health.live()).isFalse();
    assertThat(health.describe()).contains("REBALANCING").contains("360 s");
  }

  @Test
  void shouldNotBeLiveAfterAFatalError() {
    health.onChange(State.RUNNING);
    health.onChange(State.PENDING_ERROR);
    assertThat(health.live()).isFalse();
    health.onChange(State.ERROR);
    assertThat(health.live()).isFalse();
    assertThat(health.ready()).isFalse();
  }

  @Test
  void shouldStayLiveWhileRunningForever() {
    health.onChange(State.RUNNING);
    advance(Duration.ofDays(30));
    assertThat(health.live()).isTrue();
  }
}
