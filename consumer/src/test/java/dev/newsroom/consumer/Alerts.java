package dev.newsroom.consumer;

import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.UpgradeAlert;
import java.time.Instant;
import java.util.List;

final class Alerts {

  private Alerts() {}

  static UpgradeAlert sample() {
    dev.newsroom.schemas.AvroSerde.trustContracts();
    Instant t = Instant.parse("2022-11-12T10:00:00Z");
    return UpgradeAlert.newBuilder()
        .setAlertId("upg-0123456789abcdef")
        .setVersion(2)
        .setChange("source_added")
        .setConfirmed(true)
        .setPair(List.of("JP", "KH"))
        .setFromLevel("strategic partnership")
        .setToLevel("comprehensive strategic partnership")
        .setStage("agreed")
        .setEvidence("The two leaders agreed to raise ties.")
        .setSources(List.of(
            new AlertSource("r1", new ReleaseSource("Ministry", SourceKind.MINISTRY), "https://m/1", "Ties", t),
            new AlertSource("r2", new ReleaseSource("Daily", SourceKind.NEWSPAPER), null, null, null)))
        .setDetectedAt(t)
        .setUpdatedAt(t.plusSeconds(5))
        .setEventTime(t)
        .build();
  }
}
