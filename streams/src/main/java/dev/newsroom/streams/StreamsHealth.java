package dev.newsroom.streams;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.EnumSet;
import java.util.Set;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * Liveness and readiness of one streams instance, for orchestrators and operators. Ready means RUNNING: every
 * task assigned and restored. Live means the process is worth keeping: not failed, not stopped, and not stuck
 * in a rebalance (or a restore) for longer than {@code stuckAfter}; a restart is the cure for those.
 */
public final class StreamsHealth {

  private static final Set<State> DEAD = EnumSet.of(State.ERROR, State.PENDING_ERROR, State.NOT_RUNNING,
      State.PENDING_SHUTDOWN);

  private final InstantSource clock;
  private final Duration stuckAfter;
  private volatile State state = State.CREATED;
  private volatile Instant since;

  public StreamsHealth(InstantSource clock, Duration stuckAfter) {
    this.clock = clock;
    this.stuckAfter = stuckAfter;
    this.since = clock.instant();
  }

  /** Called by the client's state listener. */
  public void onChange(State now) {
    state = now;
    since = clock.instant();
  }

  public State state() {
    return state;
  }

  /** How long the instance has been in its current state. */
  public Duration inStateFor() {
    return Duration.between(since, clock.instant());
  }

  public boolean ready() {
    return state == State.RUNNING;
  }

  public boolean live() {
    if (DEAD.contains(state)) {
      return false;
    }
    boolean waiting = state == State.REBALANCING || state == State.CREATED;
    return !waiting || inStateFor().compareTo(stuckAfter) <= 0;
  }

  /** One line for the health endpoints' bodies. */
  public String describe() {
    return "state " + state + " for " + inStateFor().toSeconds() + " s";
  }
}
