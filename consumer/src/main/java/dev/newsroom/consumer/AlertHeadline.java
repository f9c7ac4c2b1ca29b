package dev.newsroom.consumer;

import dev.newsroom.avro.UpgradeAlert;

/** The short phrases of an alert that chat and email formats share. */
final class AlertHeadline {

  private AlertHeadline() {}

  /** e.g. {@code Upgrade JP–KH}. */
  static String title(UpgradeAlert alert) {
    return ("downgrade".equals(alert.getDirection()) ? "Downgrade " : "Upgrade ") + String.join("–", alert.getPair());
  }

  /** e.g. {@code strategic partnership → comprehensive strategic partnership}. */
  static String move(UpgradeAlert alert) {
    return (alert.getFromLevel() == null ? "" : alert.getFromLevel() + " → ") + alert.getToLevel();
  }

  /** e.g. {@code v2 (source added), confirmed}. */
  static String version(UpgradeAlert alert) {
    return "v" + alert.getVersion() + " (" + alert.getChange().replace('_', ' ') + ")"
        + (alert.getConfirmed() ? ", confirmed by an official source" : ", not yet confirmed officially");
  }

  /** One line: title, move, stage. */
  static String of(UpgradeAlert alert) {
    return title(alert) + ": " + move(alert) + " [" + alert.getStage() + "]";
  }
}
