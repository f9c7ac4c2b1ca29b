package dev.newsroom.consumer.format;

import dev.newsroom.schemas.WireNames;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.Alert;
import java.util.Locale;

/**
 * An alert as a Slack incoming-webhook message in Block Kit: a header, the move and its stage, the evidence as
 * a quote, and the sources as links; {@code text} is the notification fallback. Text is escaped for Slack's
 * mrkdwn ({@code &}, {@code <}, {@code >}).
 */
public final class SlackMessage {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int HEADER_LIMIT = 150;

  private SlackMessage() {}

  public static ObjectNode toNode(Alert alert) {
    ObjectNode message = JSON.createObjectNode();
    message.put("text", AlertHeadline.of(alert));
    ArrayNode blocks = message.putArray("blocks");
    ObjectNode header = blocks.addObject().put("type", "header");
    header.putObject("text").put("type", "plain_text").put("text", limit(AlertHeadline.title(alert)));
    blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
        .put("text", "*" + escape(AlertHeadline.move(alert)) + "*\nStage: " + escape(WireNames.of(alert.getStage()))
            + " · " + escape(AlertHeadline.version(alert)));
    blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn")
        .put("text", "> " + escape(alert.getEvidence()));
    ArrayNode elements = blocks.addObject().put("type", "context").putArray("elements");
    StringBuilder sources = new StringBuilder("Sources: ");
    for (int i = 0; i < alert.getSources().size(); i++) {
      AlertSource source = alert.getSources().get(i);
      String name = escape(source.getSource().getName()) + " ("
          + source.getSource().getKind().name().toLowerCase(Locale.ROOT) + ")";
      sources.append(i == 0 ? "" : ", ")
          .append(source.getUrl() == null ? name : "<" + source.getUrl() + "|" + name + ">");
    }
    elements.addObject().put("type", "mrkdwn").put("text", sources.toString());
    return message;
  }

  public static String toJson(Alert alert) {
    return toNode(alert).toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String limit(String text) {
    return text.length() <= HEADER_LIMIT ? text : text.substring(0, HEADER_LIMIT - 1) + "…";
  }
}
