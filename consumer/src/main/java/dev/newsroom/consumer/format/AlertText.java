package dev.newsroom.consumer.format;

import dev.newsroom.schemas.WireNames;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.Alert;
import java.util.Locale;

/** The readable console form of an alert: a headline, the evidence, then one line per source. */
public final class AlertText {

  private AlertText() {}

  public static String format(Alert alert) {
    StringBuilder text = new StringBuilder();
    String pair = String.join("-", alert.getPair());
    String levels = (alert.getFromLevel() == null ? "" : alert.getFromLevel() + " -> ") + alert.getToLevel();
    // One headline per version; the same alert id on every version says it is one event.
    text.append(alert.getDirection() == Direction.DOWNGRADE ? "ALERT DOWNGRADE " : "ALERT ").append(pair).append(": ")
        .append(levels)
        .append(" [").append(WireNames.of(alert.getStage())).append("] ")
        .append(alert.getAlertId()).append(" v").append(alert.getVersion())
        .append(" (").append(AlertHeadline.change(alert)).append(")")
        .append(alert.getConfirmed() ? " confirmed by an official source" : "").append('\n');
    text.append("  evidence: ").append(alert.getEvidence()).append('\n');
    text.append("  sources (").append(alert.getSources().size()).append("):");
    for (AlertSource source : alert.getSources()) {
      text.append("\n    - ").append(source.getSource().getName())
          .append(" (").append(source.getSource().getKind().name().toLowerCase(Locale.ROOT)).append(")");
      if (source.getTitle() != null) {
        text.append(": ").append(source.getTitle());
      }
      if (source.getUrl() != null) {
        text.append(" <").append(source.getUrl()).append('>');
      }
      text.append(" [").append(source.getReleaseId()).append(']');
    }
    return text.toString();
  }
}
