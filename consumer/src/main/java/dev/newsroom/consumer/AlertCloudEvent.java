package dev.newsroom.consumer;

import dev.newsroom.consumer.channel.WebhookSink;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.Alert;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.header.Headers;

/**
 * The CloudEvents 1.0 attributes of one alert version, in binary content mode: {@code ce-*} HTTP headers on
 * webhooks (HTTP binding) and {@code ce_*} record headers on the Kafka records Newsroom's delivery writes
 * (Kafka binding). The id is the alert version's delivery id, stable across retries.
 */
public record AlertCloudEvent(String id, String source, String type, Instant time, String subject) {

  public static final String SPEC_VERSION = "1.0";
  public static final String SOURCE = "urn:newsroom:alerts";

  /** The event of an alert version as delivered to channels. */
  public static AlertCloudEvent of(Alert alert) {
    String type = alert.getDirection() == Direction.DOWNGRADE ? "dev.newsroom.alert.downgrade" : "dev.newsroom.alert.upgrade";
    return new AlertCloudEvent(WebhookSink.webhookId(alert), SOURCE, type, alert.getUpdatedAt(),
        String.join("-", alert.getPair()));
  }

  /** The same alert as another kind of event, e.g. its delivery moved to the retry topic. */
  public AlertCloudEvent as(String newId, String newType) {
    return new AlertCloudEvent(newId, source, newType, time, subject);
  }

  public Map<String, String> attributes() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("id", id);
    attributes.put("source", source);
    attributes.put("type", type);
    attributes.put("specversion", SPEC_VERSION);
    if (time != null) {
      attributes.put("time", time.toString());
    }
    if (subject != null) {
      attributes.put("subject", subject);
    }
    return attributes;
  }

  /** HTTP binding: {@code ce-id}, {@code ce-source}, ... */
  public Map<String, String> httpHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    attributes().forEach((name, value) -> headers.put("ce-" + name, value));
    return headers;
  }

  /** Kafka binding: adds {@code ce_id}, {@code ce_source}, ... and the content type to a record's headers. */
  public void addTo(Headers headers, String contentType) {
    attributes().forEach((name, value) -> headers.add("ce_" + name, value.getBytes(StandardCharsets.UTF_8)));
    headers.add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
  }
}
