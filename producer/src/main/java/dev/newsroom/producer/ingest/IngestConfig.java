package dev.newsroom.producer.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What {@code newsroom ingest --sources sources.yaml} runs: the HTTP limits, the retry backoff, and the
 * sources (a push endpoint, feeds, watched folders). Keys are snake_case; an unknown key, a missing required
 * one or a bad value fails at start-up with the reason and where it is.
 */
public record IngestConfig(HttpSettings http, BackoffSettings backoff, PushSettings push,
    List<FeedSettings> feeds, List<FolderSettings> folders) {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
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

  /** Reads and checks a YAML file; every problem becomes an {@link IllegalArgumentException} with its reason. */
  public static IngestConfig load(Path file) {
    try {
      return parse(Files.readString(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(file + " does not exist");
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage());
    }
  }

  public static IngestConfig parse(String yaml, String name) {
    try {
      IngestConfig config = YAML.readValue(yaml, IngestConfig.class);
      if (config == null) {
        throw new IllegalArgumentException(name + ": is empty");
      }
      return config;
    } catch (JsonMappingException e) {
      Throwable cause = e.getCause();
      String reason = cause instanceof IllegalArgumentException ? cause.getMessage() : e.getOriginalMessage();
      String path = e.getPath().stream()
          .map(ref -> ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]")
          .collect(Collectors.joining()).replaceFirst("^\\.", "");
      throw new IllegalArgumentException(name + ": " + (path.isEmpty() ? "" : path + ": ") + firstLine(reason));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
    }
  }

  private static String firstLine(String text) {
    return text == null ? "invalid" : text.lines().findFirst().orElse(text);
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
