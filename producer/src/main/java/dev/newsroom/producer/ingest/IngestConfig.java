package dev.newsroom.producer.ingest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import dev.newsroom.schemas.config.ConfigFileException;
import dev.newsroom.schemas.config.LocatedYaml;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code newsroom ingest --sources sources.yaml} runs: the HTTP limits, the retry backoff, and the
 * sources (a push endpoint, feeds, watched folders). Keys are snake_case; an unknown key, a missing required
 * one or a bad value fails at start-up with the reason and its line, read by the one {@link LocatedYaml} loader.
 */
public record IngestConfig(HttpSettings http, BackoffSettings backoff, PushSettings push,
    List<FeedSettings> feeds, List<FolderSettings> folders) {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  public IngestConfig {
    http = http != null ? http : HttpSettings.defaults();
    backoff = backoff != null ? backoff : BackoffSettings.defaults();
    feeds = feeds != null ? List.copyOf(feeds) : List.of();
    folders = folders != null ? List.copyOf(folders) : List.of();
    if (push == null && feeds.isEmpty() && folders.isEmpty()) {
      throw new IllegalArgumentException("no sources: configure push, feeds or folders");
    }
    Set<String> ids = new HashSet<>();
    for (String id : sourceIds(feeds, folders)) {
      if (!ids.add(id)) {
        throw new IllegalArgumentException("source id '" + id + "' is used twice; ids must be unique");
      }
    }
  }

  private static List<String> sourceIds(List<FeedSettings> feeds, List<FolderSettings> folders) {
    return java.util.stream.Stream.concat(feeds.stream().map(FeedSettings::id), folders.stream().map(FolderSettings::id))
        .collect(Collectors.toList());
  }

  /**
   * Reads and checks a YAML file; every problem is a {@link ConfigFileException} with the file, the line and the
   * reason ({@code sources.yaml:4: feeds[0]: unknown key 'intervall' (did you mean 'interval'?)}).
   */
  public static IngestConfig load(Path file) {
    return of(LocatedYaml.load(file));
  }

  /** @param name the file name errors give */
  public static IngestConfig parse(String yaml, String name) {
    return of(LocatedYaml.parse(name, yaml));
  }

  private static IngestConfig of(LocatedYaml yaml) {
    IngestConfig config = yaml.bind(MAPPER, IngestConfig.class);
    if (config == null) {
      throw yaml.error("", "is empty");
    }
    return config;
  }

  static void require(boolean ok, String reason) {
    if (!ok) {
      throw new IllegalArgumentException(reason);
    }
  }

  static void requireHttpUrl(String url, String what) {
    require(url != null && !url.isBlank(), what + " is required");
    java.net.URI uri;
    try {
      uri = java.net.URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(what + " '" + url + "' is not a URL");
    }
    require("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()),
        what + " '" + url + "' must be http or https");
    require(uri.getHost() != null, what + " '" + url + "' has no host");
  }
}
