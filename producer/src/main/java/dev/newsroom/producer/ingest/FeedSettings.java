package dev.newsroom.producer.ingest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;

/**
 * One RSS 2.0 or Atom feed, polled every {@code interval}. Entries that carry only a summary have their
 * linked page (HTML or PDF) fetched and extracted unless {@code fetch_articles} is false.
 */
public record FeedSettings(String id, String url, @JsonDeserialize(using = DurationText.class) Duration interval,
    String source, String kind, Boolean fetchArticles) {

  public FeedSettings {
    IngestConfig.require(id != null && id.matches("[A-Za-z0-9._-]{1,100}"),
        "feed id '" + id + "' is required: letters, digits, '.', '_', '-'");
    IngestConfig.requireHttpUrl(url, "feed " + id + " url");
    url = url.strip();
    interval = interval != null ? interval : Duration.ofMinutes(15);
    source = source == null || source.isBlank() ? id : source.strip();
    dev.newsroom.producer.SourceDefaults.parseKind(kind);
    fetchArticles = fetchArticles == null || fetchArticles;
  }
}
