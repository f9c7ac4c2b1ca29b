package dev.newsroom.consumer.format;

import dev.newsroom.consumer.channel.WebhookSink;
import dev.newsroom.schemas.WireNames;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.Alert;
import java.util.Locale;

/** The HTML form of an alert, for email: a heading, the move, the evidence as a quote, the sources as links. */
public final class AlertHtml {

  private AlertHtml() {}

  public static String format(Alert alert) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><body>\n");
    html.append("<h2>").append(escape(AlertHeadline.title(alert))).append("</h2>\n");
    html.append("<p><strong>").append(escape(AlertHeadline.move(alert))).append("</strong><br>\n")
        .append("Stage: ").append(escape(WireNames.of(alert.getStage()))).append(" &middot; ")
        .append(escape(AlertHeadline.version(alert))).append("</p>\n");
    html.append("<blockquote>").append(escape(alert.getEvidence())).append("</blockquote>\n");
    html.append("<ul>\n");
    for (AlertSource source : alert.getSources()) {
      String name = escape(source.getSource().getName()) + " ("
          + source.getSource().getKind().name().toLowerCase(Locale.ROOT) + ")";
      html.append("  <li>");
      if (source.getUrl() != null) {
        html.append("<a href=\"").append(escape(source.getUrl())).append("\">").append(name).append("</a>");
      } else {
        html.append(name);
      }
      if (source.getTitle() != null) {
        html.append(": ").append(escape(source.getTitle()));
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n<p style=\"color:#666\">").append(escape(WebhookSink.webhookId(alert)))
        .append("</p>\n</body></html>\n");
    return html.toString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
