package dev.newsroom.streams;

import dev.newsroom.streams.http.LedgerHttpServer;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;

/**
 * {@code newsroom streams} as one object. {@link #start} binds the HTTP server (before the topology: the port it
 * got is part of the address the instance advertises), starts the topology with the health routes served, binds
 * the metrics and then serves the ledger and {@code /metrics}; {@link #await} waits until {@link #close} or until
 * the client dies; {@link #close} undoes the start in reverse: stop serving, unbind the metrics, close the client.
 */
public final class StreamsApp implements AutoCloseable {

  private static final Duration CHECK_EVERY = Duration.ofMillis(500);

  private final StreamsSettings settings;
  private final LedgerHttpServer http;
  private final NewsroomStreams streams;
  private final MetricsEndpoint metrics;
  private final CountDownLatch closed = new CountDownLatch(1);
  private volatile boolean closing;

  private StreamsApp(StreamsSettings settings, LedgerHttpServer http, NewsroomStreams streams,
      MetricsEndpoint metrics) {
    this.settings = settings;
    this.http = http;
    this.streams = streams;
    this.metrics = metrics;
  }

  /**
   * Starts everything; what was started is closed again when a later part fails (the topology cannot be built).
   *
   * @param metrics binds the started client's metrics; {@link MetricsEndpoint#NONE} for none
   * @throws IOException when the HTTP port cannot be bound
   */
  public static StreamsApp start(StreamsSettings settings, MetricsEndpoint.Factory metrics) throws IOException {
    StreamsSettings.Http at = settings.http();
    LedgerHttpServer http = at == null ? null : new LedgerHttpServer(at.host(), at.port());
    NewsroomStreams streams = null;
    try {
      streams = new NewsroomStreams(settings.topics(), settings.pipeline(),
          settings.clientProperties(http == null ? 0 : http.port()));
      if (http != null) {
        http.withHealth(streams.health());
      }
      streams.start();
      MetricsEndpoint endpoint = metrics.apply(streams.client());
      if (http != null) {
        http.withLedger(streams.ledger());
        if (endpoint != null) {
          http.withMetrics(endpoint.handler());
        }
      }
      return new StreamsApp(settings, http, streams, endpoint);
    } catch (RuntimeException e) {
      if (http != null) {
        http.close();
      }
      if (streams != null) {
        try {
          streams.close(settings.leaveGroupOnClose());
        } catch (RuntimeException closing) {
          e.addSuppressed(closing);
        }
      }
      throw e;
    }
  }

  /** The port the HTTP server bound, or -1 without one. */
  public int httpPort() {
    return http == null ? -1 : http.port();
  }

  /**
   * Waits until {@link #close} (Ctrl-C, SIGTERM) or until the client stops on its own after a fatal error.
   *
   * @return the exit code: 0 when closed, 1 when the client failed
   */
  public int await() throws InterruptedException {
    while (!closed.await(CHECK_EVERY.toMillis(), TimeUnit.MILLISECONDS)) {
      KafkaStreams.State state = streams.state();
      // A client closing because close() was called is not a failure: wait for close() to finish instead.
      if (!closing && (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.NOT_RUNNING)) {
        return 1;
      }
    }
    return streams.failure() == null ? 0 : 1;
  }

  /** Closes in the reverse order of {@link #start}; a second call (from another thread too) waits for the first. */
  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    closing = true;
    try {
      if (http != null) {
        http.close(); // first: no request reads a store of a closing client
      }
    } finally {
      try {
        if (metrics != null) {
          metrics.close();
        }
      } finally {
        try {
          streams.close(settings.leaveGroupOnClose());
        } finally {
          closed.countDown();
        }
      }
    }
  }
}
