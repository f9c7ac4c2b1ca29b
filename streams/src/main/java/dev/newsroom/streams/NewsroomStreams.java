package dev.newsroom.streams;

import dev.newsroom.schemas.Topics;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the topology: start, wait, close. An error that escapes a stream thread shuts the client down
 * (rather than looping on a poison record) and is reported through {@link #failure()}.
 */
public final class NewsroomStreams implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(NewsroomStreams.class);

  /** A rebalance or restore longer than this makes the instance not live: a restart is then the cure. */
  static final Duration STUCK_AFTER = Duration.ofMinutes(5);

  private final KafkaStreams streams;
  private final BrokerEndOffsets endOffsets;
  /** Where the other instances reach this one's ledger ({@code application.server}), if it says. */
  private final Optional<HostInfo> advertised;
  private final StreamsHealth health = new StreamsHealth(InstantSource.system(), STUCK_AFTER);
  private volatile Throwable failure;

  public NewsroomStreams(Topics topics, PipelineSettings settings, Properties streamsProperties) {
    Properties properties = new Properties();
    properties.putAll(streamsProperties);
    // Where RejectingProcessingExceptionHandler sends a record that made a step throw.
    properties.put(RejectingProcessingExceptionHandler.REJECTED_TOPIC, topics.rejected().name());
    properties.put(RejectingProcessingExceptionHandler.REJECTED_SERIALIZER, topics.rejected().valueSerde().serializer());
    // How far the raw topic goes, so the deduplication knows when it has read everything (see Watermarks).
    this.endOffsets = new BrokerEndOffsets(properties, topics.rawReleases().name());
    properties.put(RawEndOffsets.CONFIG, endOffsets);
    try {
      this.streams = new KafkaStreams(NewsroomTopology.build(topics, settings, properties), properties);
    } catch (RuntimeException e) {
      endOffsets.close();
      throw e;
    }
    String server = properties.getProperty(StreamsConfig.APPLICATION_SERVER_CONFIG, "");
    this.advertised = server.isBlank() ? Optional.empty() : Optional.of(HostInfo.buildFromEndpoint(server));
    streams.setUncaughtExceptionHandler(error -> {
      failure = error;
      log.error("stream thread failed; shutting the client down", error);
      return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
    });
    streams.setStateListener((now, before) -> {
      health.onChange(now);
      log.info("streams state {} -> {}", before, now);
    });
  }

  public void start() {
    streams.start();
  }

  /** The pair ledger: this instance's state stores, and where the other instances host the rest. */
  public LedgerView ledger() {
    return new LedgerView(streams, advertised);
  }

  /** Liveness and readiness, for the health endpoints. */
  public StreamsHealth health() {
    return health;
  }

  /** The client, for its metrics. */
  public KafkaStreams client() {
    return streams;
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
    endOffsets.close();
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
    endOffsets.close();
  }
}
