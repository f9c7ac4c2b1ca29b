package dev.newsroom.consumer;

import dev.newsroom.avro.UpgradeAlert;
import java.util.List;

/** Alerts for routing tests, public so that tests of other packages can build them. */
public final class AlertsForDesk {

  private AlertsForDesk() {}

  public static UpgradeAlert alert(String a, String b, String stage, String direction) {
    List<String> pair = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    return UpgradeAlert.newBuilder(Alerts.sample()).setPair(pair).setStage(stage).setDirection(direction).build();
  }
}
