package dev.newsroom.consumer;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import java.time.Instant;
import java.util.List;

public final class Alerts {

  private Alerts() {}

  public static Alert sample() {
    dev.newsroom.schemas.AvroSerde.trustContracts();
    Instant t = Instant.parse("2022-11-12T10:00:00Z");
    return Alert.newBuilder()
        .setAlertId("upg-0123456789abcdef")
        .setVersion(2)
        .setChange(AlertChange.SOURCE_ADDED)
        .setConfirmed(true)
        .setPair(List.of("JP", "KH"))
        .setFromLevel("strategic partnership")
        .setToLevel("comprehensive strategic partnership")
        .setStage(Stage.AGREED)
        .setEvidence("The two leaders agreed to raise ties.")
        .setSources(List.of(
            new AlertSource("r1", new ReleaseSource("Ministry", SourceKind.MINISTRY), "https://m/1", "Ties", t, null),
            new AlertSource("r2", new ReleaseSource("Daily", SourceKind.NEWSPAPER), null, null, null, null)))
        .setDetectedAt(t)
        .setUpdatedAt(t.plusSeconds(5))
        .setEventTime(t)
        .build();
  }
}
