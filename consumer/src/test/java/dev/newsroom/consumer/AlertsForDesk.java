package dev.newsroom.consumer;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.Stage;
import java.util.List;
import java.util.Locale;

/** Alerts for routing tests, public so that tests of other packages can build them. */
public final class AlertsForDesk {

  private AlertsForDesk() {}

  /** An alert of the pair at a stage and direction given by their wire names ("agreed", "upgrade"). */
  public static Alert alert(String a, String b, String stage, String direction) {
    List<String> pair = a.compareTo(b) <= 0 ? List.of(a, b) : List.of(b, a);
    return Alert.newBuilder(Alerts.sample()).setPair(pair).setStage(Stage.valueOf(stage.toUpperCase(Locale.ROOT)))
        .setDirection(Direction.valueOf(direction.toUpperCase(Locale.ROOT))).build();
  }
}
