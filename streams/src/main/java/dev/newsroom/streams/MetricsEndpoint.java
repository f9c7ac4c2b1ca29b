package dev.newsroom.streams;

import com.sun.net.httpserver.HttpHandler;
import java.util.function.Function;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The client's metrics as {@code GET /metrics} answers them, bound by whoever runs {@link StreamsApp} (the app
 * binds Micrometer's {@code KafkaStreamsMetrics} to a Prometheus registry), so that this module needs no metrics
 * library. {@link #close} unbinds them.
 */
public interface MetricsEndpoint extends AutoCloseable {

  /** Binds the metrics of a started client. */
  interface Factory extends Function<KafkaStreams, MetricsEndpoint> {}

  /** No metrics: {@code /metrics} is not served. */
  Factory NONE = client -> null;

  HttpHandler handler();

  @Override
  void close();
}
