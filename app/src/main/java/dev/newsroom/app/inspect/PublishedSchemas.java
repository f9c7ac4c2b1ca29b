package dev.newsroom.app.inspect;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.avro.delivery.AlertFeedback;
import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.schemas.AvroSerde;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.specific.SpecificRecord;

/**
 * The schemas of every value Newsroom writes to a topic others read, as a subscriber needs them: each one
 * whole (named types it uses written inside it), with the fingerprint that single-object encoding puts in front
 * of every record. The topology's internal schemas are not among them: they are no contract.
 */
public final class PublishedSchemas {

  /**
   * One schema.
   *
   * @param file where it lives under {@code schemas/src/main/avro}
   * @param topics the default names of the topics whose values it is
   */
  public record Published(String file, Schema schema, List<String> topics, AvroSerde<? extends SpecificRecord> serde) {

    /** CRC-64-AVRO of the schema's parsing canonical form, as single-object encoding uses it. */
    public long fingerprint() {
      return SchemaNormalization.parsingFingerprint64(schema);
    }

    /** The ten bytes every record in this schema starts with: {@code c3 01} and the fingerprint, little-endian. */
    public byte[] header() {
      byte[] header = new byte[10];
      header[0] = (byte) 0xC3;
      header[1] = 0x01;
      long fingerprint = fingerprint();
      for (int i = 0; i < 8; i++) {
        header[2 + i] = (byte) (fingerprint >>> (8 * i));
      }
      return header;
    }

    public String headerHex() {
      return HexFormat.ofDelimiter(" ").formatHex(header());
    }

    public String fingerprintHex() {
      return String.format("%016x", fingerprint());
    }
  }

  private static final List<Published> ALL = List.of(
      published("RawRelease.avsc", RawRelease.getClassSchema(), RawRelease.class, "newsroom.releases.raw"),
      published("TaggedRelease.avsc", TaggedRelease.getClassSchema(), TaggedRelease.class,
          "newsroom.releases.tagged", "newsroom.releases.duplicates"),
      published("RejectedRecord.avsc", RejectedRecord.getClassSchema(), RejectedRecord.class,
          "newsroom.releases.rejected"),
      published("Alert.avsc", Alert.getClassSchema(), Alert.class, "newsroom.alerts"),
      published("PairLevel.avsc", PairLevel.getClassSchema(), PairLevel.class, "newsroom.ledger",
          "newsroom.ledger.seeds"),
      published("delivery/PendingDelivery.avsc", PendingDelivery.getClassSchema(), PendingDelivery.class,
          "newsroom.alerts.retry"),
      published("delivery/ParkedDelivery.avsc", ParkedDelivery.getClassSchema(), ParkedDelivery.class,
          "newsroom.alerts.parked"),
      published("delivery/AlertAcknowledgement.avsc", AlertAcknowledgement.getClassSchema(),
          AlertAcknowledgement.class, "newsroom.alerts.acks"),
      published("delivery/AlertFeedback.avsc", AlertFeedback.getClassSchema(), AlertFeedback.class,
          "newsroom.feedback"));

  private PublishedSchemas() {}

  private static <T extends SpecificRecord> Published published(String file, Schema schema, Class<T> type,
      String... topics) {
    return new Published(file, schema, List.of(topics), new AvroSerde<>(type, schema));
  }

  public static List<Published> all() {
    return ALL;
  }

  /** The published schema whose fingerprint starts these bytes, if any. */
  public static Optional<Published> of(byte[] bytes) {
    if (bytes == null || bytes.length < 10 || bytes[0] != (byte) 0xC3 || bytes[1] != 0x01) {
      return Optional.empty();
    }
    return ALL.stream().filter(p -> java.util.Arrays.equals(p.header(), 0, 10, bytes, 0, 10)).findFirst();
  }
}
