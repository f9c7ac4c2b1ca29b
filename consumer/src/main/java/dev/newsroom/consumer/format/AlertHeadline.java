package dev.newsroom.consumer.format;

import dev.newsroom.schemas.WireNames;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.Alert;

/** The short phrases of an alert that chat and email formats share. */
public final class AlertHeadline {

  private AlertHeadline() {}

  /** e.g. {@code Upgrade JP–KH}. */
  public static String title(Alert alert) {
    return (alert.getDirection() == Direction.DOWNGRADE ? "Downgrade " : "Upgrade ") + String.join("–", alert.getPair());
  }

  /** e.g. {@code strategic partnership → comprehensive strategic partnership}. */
  public static String move(Alert alert) {
    return (alert.getFromLevel() == null ? "" : alert.getFromLevel() + " → ") + alert.getToLevel();
  }

  /** e.g. {@code v2 (source added), confirmed}. */
  public static String version(Alert alert) {
    return "v" + alert.getVersion() + " (" + WireNames.of(alert.getChange()).replace('_', ' ') + ")"
        + (alert.getConfirmed() ? ", confirmed by an official source" : ", not yet confirmed officially");
  }

  /** One line: title, move, stage. */
  public static String of(Alert alert) {
    return title(alert) + ": " + move(alert) + " [" + WireNames.of(alert.getStage()) + "]";
  }
}
