package dev.newsroom.app;

import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.UpgradeAlert;
import dev.newsroom.schemas.AvroSerde;
import java.time.Instant;
import java.util.List;

/** Alerts written straight to an alerts topic, for delivery tests that need no pipeline. */
final class SampleAlerts {

  private SampleAlerts() {}

  static UpgradeAlert alert(String alertId, int version, String a, String b) {
    AvroSerde.trustContracts();
    Instant t = Instant.now().minusSeconds(2);
    return UpgradeAlert.newBuilder()
        .setAlertId(alertId)
        .setVersion(version)
        .setChange(version == 1 ? "created" : "source_added")
        .setConfirmed(true)
        .setPair(List.of(a, b))
        .setFromLevel("strategic partnership")
        .setToLevel("comprehensive strategic partnership")
        .setStage("agreed")
        .setEvidence("The two leaders agreed to raise ties.")
        .setSources(List.of(
            new AlertSource("r1", new ReleaseSource("Ministry", SourceKind.MINISTRY), "https://m/1", "Ties", t)))
        .setDetectedAt(t)
        .setUpdatedAt(t)
        .setEventTime(t)
        .build();
  }
}
