package dev.newsroom.consumer.format;

import dev.newsroom.schemas.WireNames;
import dev.newsroom.avro.AlertChange;
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
    return "v" + alert.getVersion() + " (" + change(alert) + ")"
        + (alert.getConfirmed() ? ", confirmed by an official source" : ", not yet confirmed officially");
  }

  /**
   * One line: title, move, stage, and for a later version what it changed, e.g.
   * {@code Upgrade JP–KH: strategic partnership → comprehensive strategic partnership [agreed] · sources corrected}.
   * It is what a chat notification and an email subject show, so a second push about one event says why it came
   * (a source added, or a copy's source taken out again) rather than looking like the first one repeated.
   */
  public static String of(Alert alert) {
    String line = title(alert) + ": " + move(alert) + " [" + WireNames.of(alert.getStage()) + "]";
    return alert.getChange() == AlertChange.CREATED ? line : line + " · " + change(alert);
  }

  /** e.g. {@code sources corrected}. */
  public static String change(Alert alert) {
    return WireNames.of(alert.getChange()).replace('_', ' ');
  }
}
