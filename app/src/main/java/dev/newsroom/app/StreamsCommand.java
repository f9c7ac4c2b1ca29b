package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.http.LedgerHttpServer;
import dev.newsroom.streams.NewsroomStreams;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
    NewsroomStreams streams = new NewsroomStreams(settings.topics(), settings.pipeline(), settings.kafka("streams"));
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
      streams.close();
      streamsMetrics.close();
    };
    Thread hook = new Thread(() -> {
      shutdown.run();
      stopped.countDown();
    }, "newsroom-streams-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    // Wait for a signal, or for the client to stop on its own after a fatal error.
    while (!stopped.await(500, TimeUnit.MILLISECONDS)) {
      if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
        Runtime.getRuntime().removeShutdownHook(hook);
        shutdown.run();
        return 1;
      }
    }
    return streams.failure() == null ? 0 : 1;
  }
}
