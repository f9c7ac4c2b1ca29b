package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The configuration flags every command that talks to Kafka takes; they are the highest layer. */
final class ConfigOptions {

  @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT",
      description = "Kafka bootstrap server (default: from configuration, else localhost:9092).")
  String bootstrapServer;

  @Option(names = "--config", paramLabel = "FILE", description = "Properties file with newsroom.* and kafka.* settings.")
  Path configFile;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting, e.g. --set newsroom.alerts.window=7d.")
  Map<String, String> settings = new LinkedHashMap<>();

  NewsroomConfig load() {
    return load(System.getenv());
  }

  NewsroomConfig load(Map<String, String> environment) {
    Map<String, String> flags = new HashMap<>(settings);
    if (bootstrapServer != null) {
      flags.put("kafka.bootstrap.servers", bootstrapServer);
    }
    return NewsroomConfig.load(configFile, environment, flags);
  }
}
