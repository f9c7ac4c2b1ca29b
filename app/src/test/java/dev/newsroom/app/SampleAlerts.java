package dev.newsroom.app;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import dev.newsroom.schemas.AvroSerde;
import java.time.Instant;
import java.util.List;

/** Alerts written straight to an alerts topic, for delivery tests that need no pipeline. */
final class SampleAlerts {

  private SampleAlerts() {}

  static Alert alert(String alertId, int version, String a, String b) {
    AvroSerde.trustContracts();
    Instant t = Instant.now().minusSeconds(2);
    return Alert.newBuilder()
        .setAlertId(alertId)
        .setVersion(version)
        .setChange(version == 1 ? AlertChange.CREATED : AlertChange.SOURCE_ADDED)
        .setConfirmed(true)
        .setPair(List.of(a, b))
        .setFromLevel("strategic partnership")
        .setToLevel("comprehensive strategic partnership")
        .setStage(Stage.AGREED)
        .setEvidence("The two leaders agreed to raise ties.")
        .setSources(List.of(
            new AlertSource("r1", new ReleaseSource("Ministry", SourceKind.MINISTRY), "https://m/1", "Ties", t, null)))
        .setDetectedAt(t)
        .setUpdatedAt(t)
        .setEventTime(t)
        .build();
  }
}
