package dev.newsroom.app;

import dev.newsroom.app.config.ConfigException;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.consumer.MetricsServer;
import dev.newsroom.schemas.run.ShutdownHook;
import dev.newsroom.streams.NewsroomStreams;
import dev.newsroom.streams.http.LedgerHttpServer;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "streams", mixinStandardHelpOptions = true,
    description = {"Runs the topology (validate, normalise, deduplicate, tag, detect upgrades, one alert per event) "
        + "until stopped with Ctrl-C or SIGTERM.", "Creates the topics when they are missing, and serves over HTTP "
        + "(newsroom.http.*) the pair ledger, /health/live, /health/ready and /metrics (Prometheus). Every "
        + "instance answers for every pair: it asks the others for theirs (newsroom.http.advertised.host)."})
final class StreamsCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions config;

  @Override
  public Integer call() throws InterruptedException, IOException {
    NewsroomConfig settings = config.load();
    KafkaSetup.ensureTopics(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Properties kafka = settings.kafka("streams");
    String instance = settings.get("newsroom.streams.instance.name");
    if (!instance.isEmpty()) {
      if (!instance.matches("[a-zA-Z0-9._-]{1,200}")) {
        throw new ConfigException("newsroom.streams.instance.name",
            "must be letters, digits, '.', '_' or '-' (at most 200), got '" + instance + "'");
      }
      // Static membership: a restarted instance takes its tasks back without a rebalance (Kafka Streams adds
      // the thread number to it).
      kafka.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instance);
    }
    boolean leaveOnStop = instance.isEmpty();
    // The HTTP server binds before the topology starts: the port it got (0 picks one) is part of the address the
    // instance advertises, so that every instance can ask the others for the pairs they host.
    LedgerHttpServer http = settings.get("newsroom.http.enabled").equals("true")
        ? new LedgerHttpServer(settings.get("newsroom.http.host"), settings.port("newsroom.http.port"))
        : null;
    if (http != null) {
      kafka.putIfAbsent(StreamsConfig.APPLICATION_SERVER_CONFIG, advertisedHost(settings) + ":" + http.port());
    }
    NewsroomStreams streams;
    try {
      streams = new NewsroomStreams(settings.topics(), settings.pipeline(), kafka);
    } catch (RuntimeException e) {
      if (http != null) {
        http.close();
      }
      throw e;
    }
    if (http != null) {
      http.withHealth(streams.health());
    }
    streams.start();
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams.client());
    streamsMetrics.bindTo(metrics);
    if (http != null) {
      http.withLedger(streams.ledger()).withMetrics(MetricsServer.scrapeHandler(metrics));
    }
    Runnable shutdown = () -> {
      if (http != null) {
        http.close();
      }
      streams.close(leaveOnStop);
      streamsMetrics.close();
    };
    ShutdownHook hook = ShutdownHook.install("newsroom-streams-shutdown", () -> {
      shutdown.run();
      stopped.countDown();
    });
    // Wait for a signal, or for the client to stop on its own after a fatal error.
    while (!stopped.await(500, TimeUnit.MILLISECONDS)) {
      if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
        hook.close();
        shutdown.run();
        return 1;
      }
    }
    return streams.failure() == null ? 0 : 1;
  }

  /**
   * The host the other instances reach this one at: {@code newsroom.http.advertised.host}, else the HTTP host,
   * unless that is a wildcard (0.0.0.0, ::), which no one can connect to: then this machine's name.
   */
  static String advertisedHost(NewsroomConfig settings) throws UnknownHostException {
    String advertised = settings.get("newsroom.http.advertised.host").strip();
    if (!advertised.isEmpty()) {
      return advertised;
    }
    String host = settings.get("newsroom.http.host").strip();
    return InetAddress.getByName(host).isAnyLocalAddress() ? InetAddress.getLocalHost().getHostName() : host;
  }
}
