package dev.newsroom.producer.ingest;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Duration;

/**
 * How the ingester fetches: its User-Agent, the limits on one fetch, the pause between two requests to one
 * host, and whether private and loopback addresses may be fetched (refused unless allowed).
 */
public record HttpSettings(String userAgent,
    @JsonDeserialize(using = DurationText.class) Duration timeout,
    Long maxBodyBytes, Integer maxRedirects,
    @JsonDeserialize(using = DurationText.class) Duration perHostInterval,
    Boolean allowPrivateAddresses) {

  public static final String DEFAULT_USER_AGENT =
      "NewsroomIngest/0.1 (monitoring-desk release ingester; respects ETag, Last-Modified and rate limits)";

  public HttpSettings {
    userAgent = userAgent == null || userAgent.isBlank() ? DEFAULT_USER_AGENT : userAgent.strip();
    timeout = timeout != null ? timeout : Duration.ofSeconds(20);
    maxBodyBytes = maxBodyBytes != null ? maxBodyBytes : 10L * 1024 * 1024;
    maxRedirects = maxRedirects != null ? maxRedirects : 5;
    perHostInterval = perHostInterval != null ? perHostInterval : Duration.ofSeconds(1);
    allowPrivateAddresses = allowPrivateAddresses != null && allowPrivateAddresses;
    IngestConfig.require(maxBodyBytes > 0, "max_body_bytes must be positive, got " + maxBodyBytes);
    IngestConfig.require(maxRedirects >= 0 && maxRedirects <= 20, "max_redirects must be 0..20, got " + maxRedirects);
  }

  public static HttpSettings defaults() {
    return new HttpSettings(null, null, null, null, null, null);
  }
}
