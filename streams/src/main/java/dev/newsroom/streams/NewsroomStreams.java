package dev.newsroom.streams;

import dev.newsroom.schemas.Topics;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology: start, wait, close. An error that escapes a stream thread shuts the client down
 * (rather than looping on a poison record) and is reported through {@link #failure()}.
 */
public final class NewsroomStreams implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(NewsroomStreams.class);

  private final KafkaStreams streams;
  private volatile Throwable failure;

  public NewsroomStreams(Topics topics, PipelineSettings settings, Properties streamsProperties) {
    this.streams = new KafkaStreams(NewsroomTopology.build(topics, settings, streamsProperties), streamsProperties);
    streams.setUncaughtExceptionHandler(error -> {
      failure = error;
      log.error("stream thread failed; shutting the client down", error);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.setStateListener((now, before) -> log.info("streams state {} -> {}", before, now));
  }

  public void start() {
    streams.start();
  }

  /** The pair ledger, read from this instance's state stores. */
  public LedgerView ledger() {
    return new LedgerView(streams);
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  /** The error that stopped the client, or null. */
  public Throwable failure() {
    return failure;
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }

  /**
   * Stops cleanly (stores flushed and checkpointed, so a restart keeps its local state), and with
   * {@code leaveGroup} tells the group at once so that the others take over now rather than after the session
   * timeout: right for a dynamic member; a static member stays, to come back to its tasks without a rebalance.
   */
  public void close(boolean leaveGroup) {
    streams.close(CloseOptions.groupMembershipOperation(leaveGroup
        ? CloseOptions.GroupMembershipOperation.LEAVE_GROUP : CloseOptions.GroupMembershipOperation.REMAIN_IN_GROUP)
        .withTimeout(Duration.ofSeconds(30)));
  }
}
