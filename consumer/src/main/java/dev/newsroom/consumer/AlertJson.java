package dev.newsroom.consumer;

import dev.newsroom.schemas.WireNames;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.Alert;
import java.time.Instant;
import java.util.Locale;

/**
 * The JSON form of an alert, used by {@code --json} and webhooks. A public interface: fields are only ever
 * added. {@code alert_id} plus {@code version} identify one delivery.
 */
public final class AlertJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private AlertJson() {}

  public static ObjectNode toNode(Alert alert) {
    ObjectNode node = JSON.createObjectNode();
    node.put("alert_id", alert.getAlertId());
    node.put("version", alert.getVersion());
    node.put("change", WireNames.of(alert.getChange()));
    node.put("kind", WireNames.of(alert.getKind()));
    node.put("direction", WireNames.of(alert.getDirection()));
    node.put("confirmed", alert.getConfirmed());
    ArrayNode pair = node.putArray("pair");
    alert.getPair().forEach(pair::add);
    node.put("from_level", alert.getFromLevel());
    node.put("to_level", alert.getToLevel());
    node.put("action", WireNames.of(alert.getAction()));
    node.put("stage", WireNames.of(alert.getStage()));
    node.put("event_date", alert.getEventDate() == null ? null : alert.getEventDate().toString());
    node.put("confidence", alert.getConfidence());
    node.put("evidence", alert.getEvidence());
    ArrayNode sources = node.putArray("sources");
    for (AlertSource source : alert.getSources()) {
      ObjectNode item = sources.addObject();
      item.put("release_id", source.getReleaseId());
      item.put("source", source.getSource().getName());
      item.put("kind", source.getSource().getKind().name().toLowerCase(Locale.ROOT));
      item.put("url", source.getUrl());
      item.put("title", source.getTitle());
      item.put("published_at", text(source.getPublishedAt()));
      item.put("stage", WireNames.of(source.getStage()));
    }
    node.put("detected_at", text(alert.getDetectedAt()));
    node.put("updated_at", text(alert.getUpdatedAt()));
    return node;
  }

  public static String toJson(Alert alert) {
    try {
      return JSON.writeValueAsString(toNode(alert));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an ObjectNode always serialises", e);
    }
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
