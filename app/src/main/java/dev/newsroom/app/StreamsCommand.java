package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.streams.NewsroomStreams;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "streams", mixinStandardHelpOptions = true,
    description = {"Runs the topology (validate, normalise, deduplicate, tag, detect upgrades, one alert per event) "
        + "until stopped with Ctrl-C or SIGTERM.", "Creates the topics when they are missing."})
final class StreamsCommand implements Callable<Integer> {

  @Mixin
  ConfigOptions config;

  @Override
  public Integer call() throws InterruptedException {
    NewsroomConfig settings = config.load();
    KafkaSetup.ensureTopics(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    NewsroomStreams streams = new NewsroomStreams(settings.topics(), settings.pipeline(), settings.kafka("streams"));
    Thread hook = new Thread(() -> {
      streams.close();
      stopped.countDown();
    }, "newsroom-streams-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    streams.start();
    // Wait for a signal, or for the client to stop on its own after a fatal error.
    while (!stopped.await(500, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      if (streams.state() == KafkaStreams.State.ERROR || streams.state() == KafkaStreams.State.NOT_RUNNING) {
        Runtime.getRuntime().removeShutdownHook(hook);
        streams.close();
        return 1;
      }
    }
    return streams.failure() == null ? 0 : 1;
  }
}
