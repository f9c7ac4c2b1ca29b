package dev.newsroom.consumer.format;

import dev.newsroom.consumer.channel.WebhookSink;
import dev.newsroom.schemas.WireNames;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.Alert;
import java.util.Locale;

/**
 * An alert as a Microsoft Teams message for a Workflows ("When a Teams webhook request is received") webhook:
 * a {@code message} with one Adaptive Card 1.4 attachment: a title, a fact set (pair, move, stage, version), the
 * evidence, and a button per source that has a URL.
 */
public final class TeamsCard {

  private static final ObjectMapper JSON = new ObjectMapper();

  private TeamsCard() {}

  public static ObjectNode toNode(Alert alert) {
    ObjectNode message = JSON.createObjectNode().put("type", "message");
    ObjectNode attachment = message.putArray("attachments").addObject()
        .put("contentType", "application/vnd.microsoft.card.adaptive");
    attachment.putNull("contentUrl");
    ObjectNode card = attachment.putObject("content")
        .put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json")
        .put("type", "AdaptiveCard")
        .put("version", "1.4");
    ArrayNode body = card.putArray("body");
    body.addObject().put("type", "TextBlock").put("text", AlertHeadline.title(alert)).put("weight", "Bolder")
        .put("size", "Medium").put("wrap", true);
    ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
    facts.addObject().put("title", "Move").put("value", AlertHeadline.move(alert));
    facts.addObject().put("title", "Stage").put("value", WireNames.of(alert.getStage()));
    facts.addObject().put("title", "Version").put("value", AlertHeadline.version(alert));
    facts.addObject().put("title", "Alert").put("value", WebhookSink.webhookId(alert));
    body.addObject().put("type", "TextBlock").put("text", alert.getEvidence()).put("wrap", true)
        .put("isSubtle", true);
    ArrayNode actions = card.putArray("actions");
    for (AlertSource source : alert.getSources()) {
      if (source.getUrl() != null) {
        actions.addObject().put("type", "Action.OpenUrl")
            .put("title", source.getSource().getName() + " (" + source.getSource().getKind().name()
                .toLowerCase(Locale.ROOT) + ")")
            .put("url", source.getUrl());
      }
    }
    return message;
  }

  public static String toJson(Alert alert) {
    return toNode(alert).toString();
  }
}
