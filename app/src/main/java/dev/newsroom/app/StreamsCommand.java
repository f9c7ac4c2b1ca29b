package dev.newsroom.app;

import dev.newsroom.app.config.ConfigException;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.http.LedgerHttpServer;
import dev.newsroom.schemas.run.ShutdownHook;
import dev.newsroom.streams.NewsroomStreams;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "streams", mixinStandardHelpOptions = true,
    description = {"Runs the topology (validate, normalise, deduplicate, tag, detect upgrades, one alert per event) "
        + "until stopped with Ctrl-C or SIGTERM.", "Creates the topics when they are missing, and serves over HTTP "
        + "(newsroom.http.*) the pair ledger, /health/live, /health/ready and /metrics (Prometheus)."})
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
    NewsroomStreams streams = new NewsroomStreams(settings.topics(), settings.pipeline(), kafka);
    streams.start();
    PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams.client());
    streamsMetrics.bindTo(metrics);
    LedgerHttpServer http = settings.get("newsroom.http.enabled").equals("true")
        ? new LedgerHttpServer(settings.get("newsroom.http.host"), settings.port("newsroom.http.port"), streams.ledger())
            .withHealth(streams.health()).withMetrics(metrics)
        : null;
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
}
