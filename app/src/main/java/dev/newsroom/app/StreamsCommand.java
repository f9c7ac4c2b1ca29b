package dev.newsroom.app;

import com.sun.net.httpserver.HttpHandler;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.consumer.MetricsServer;
import dev.newsroom.schemas.run.ShutdownHook;
import dev.newsroom.streams.MetricsEndpoint;
import dev.newsroom.streams.StreamsApp;
import dev.newsroom.streams.StreamsSettings;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
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
    StreamsSettings streams = settings(settings);
    KafkaSetup.ensureTopics(settings);
    try (StreamsApp app = StreamsApp.start(streams, StreamsCommand::prometheus);
         ShutdownHook hook = ShutdownHook.install("newsroom-streams-shutdown", app::close)) {
      return app.await();
    }
  }

  /** The layered settings as the streams application's; a bad one fails here, before any I/O. */
  static StreamsSettings settings(NewsroomConfig settings) throws UnknownHostException {
    StreamsSettings.Http http = settings.get("newsroom.http.enabled").equals("true")
        ? new StreamsSettings.Http(settings.get("newsroom.http.host"), settings.port("newsroom.http.port"),
            advertisedHost(settings))
        : null;
    return new StreamsSettings(settings.topics(), settings.pipeline(), settings.kafka("streams"), http,
        settings.get("newsroom.streams.instance.name"));
  }

  /** The client's metrics bound to a Prometheus registry, scraped at {@code /metrics}. */
  private static MetricsEndpoint prometheus(KafkaStreams client) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    KafkaStreamsMetrics bound = new KafkaStreamsMetrics(client);
    bound.bindTo(registry);
    HttpHandler scrape = MetricsServer.scrapeHandler(registry);
    return new MetricsEndpoint() {
      @Override
      public HttpHandler handler() {
        return scrape;
      }

      @Override
      public void close() {
        bound.close();
      }
    };
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
