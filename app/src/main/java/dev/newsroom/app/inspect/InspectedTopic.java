package dev.newsroom.app.inspect;

import dev.newsroom.app.ledger.LedgerText;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.avro.delivery.AlertFeedback;
import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.consumer.format.AlertText;
import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.schemas.Topics;
import dev.newsroom.schemas.WireNames;
import dev.newsroom.streams.http.LedgerJson;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A topic {@code newsroom inspect} can show: what it is called on the command line, its topic, and one readable
 * line per record.
 */
public record InspectedTopic(String name, TopicSpec<String, ?> topic, boolean delivery,
    Function<Object, String> line) {

  /** By command-line name, in the order the help lists them. */
  public static Map<String, InspectedTopic> all(Topics topics, DeliveryTopics deliveryTopics) {
    Map<String, InspectedTopic> all = new LinkedHashMap<>();
    add(all, "raw", topics.rawReleases(), false, record -> raw((RawRelease) record));
    add(all, "tagged", topics.taggedReleases(), false, record -> tagged((TaggedRelease) record));
    add(all, "duplicates", topics.duplicates(), false, record -> tagged((TaggedRelease) record));
    add(all, "rejected", topics.rejected(), false, record -> rejected((RejectedRecord) record));
    add(all, "alerts", topics.alerts(), false, record -> AlertText.format((Alert) record).lines().findFirst().orElse(""));
    add(all, "ledger", topics.ledger(), false, record -> LedgerText.format(LedgerJson.toNode((PairLevel) record)));
    add(all, "seeds", topics.ledgerSeeds(), false, record -> LedgerText.format(LedgerJson.toNode((PairLevel) record)));
    add(all, "retry", deliveryTopics.retry(), true, record -> retry((PendingDelivery) record));
    add(all, "parked", deliveryTopics.parked(), true, record -> parked((ParkedDelivery) record));
    add(all, "acks", deliveryTopics.acks(), true, record -> ack((AlertAcknowledgement) record));
    add(all, "feedback", deliveryTopics.feedback(), true, record -> feedback((AlertFeedback) record));
    return all;
  }

  private static void add(Map<String, InspectedTopic> all, String name, TopicSpec<String, ?> topic, boolean delivery,
      Function<Object, String> line) {
    all.put(name, new InspectedTopic(name, topic, delivery, line));
  }

  /** Decodes a record's value; null for a tombstone. */
  public Object decode(byte[] value) {
    return topic.valueSerde().deserializer().deserialize(topic.name(), value);
  }

  private static String source(ReleaseSource source) {
    return source.getName() + " (" + WireNames.of(source.getKind()) + ")";
  }

  private static String day(Instant time) {
    return time == null ? "no date" : time.toString().substring(0, 10);
  }

  private static String seconds(Instant time) {
    return time.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String quoted(String title) {
    return title == null ? "(no title)" : "\"" + title + "\"";
  }

  private static String raw(RawRelease release) {
    return release.getId() + "  " + source(release.getSource()) + "  " + day(release.getPublishedAt()) + "  "
        + quoted(release.getTitle());
  }

  private static String tagged(TaggedRelease release) {
    StringBuilder line = new StringBuilder(release.getId()).append("  ").append(source(release.getSource()))
        .append("  ").append(day(release.getPublishedAt()))
        .append("  countries ").append(release.getCountries().isEmpty() ? "none" : String.join(",", release.getCountries()))
        .append("  pair ").append(release.getPrimaryPair() == null ? "none" : String.join("-", release.getPrimaryPair()));
    if (release.getUpgrade() != null) {
      line.append("  upgrade to ").append(release.getUpgrade().getToLevel());
    }
    if (release.getDowngrade() != null) {
      line.append("  downgrade to ").append(release.getDowngrade().getToLevel());
    }
    if (release.getDuplicateOf() != null) {
      line.append("  duplicate of ").append(release.getDuplicateOf());
      if (release.getSimilarity() != null) {
        line.append(String.format(java.util.Locale.ROOT, " (similarity %.2f)", release.getSimilarity()));
      }
    }
    return line.append("  ").append(quoted(release.getTitle())).toString();
  }

  private static String rejected(RejectedRecord rejected) {
    String key = rejected.getOriginalKey() == null ? "no key"
        : "key " + RecordJson.text(RecordJson.bytesOf(rejected.getOriginalKey()));
    return rejected.getTopic() + "/" + rejected.getPartition() + "@" + rejected.getOffset() + " (" + key + ")  "
        + "rejected at " + rejected.getStep() + " " + seconds(rejected.getRejectedAt()) + ": " + rejected.getReason();
  }

  private static String retry(PendingDelivery pending) {
    return pending.getDeliveryId() + " -> " + pending.getChannel() + "  " + pending.getAttempt() + " failed "
        + (pending.getAttempt() == 1 ? "try" : "tries") + ", next at " + seconds(pending.getNextAttemptAt()) + ": "
        + pending.getLastError();
  }

  private static String parked(ParkedDelivery parked) {
    return parked.getDeliveryId() + " -> " + parked.getChannel() + "  parked " + seconds(parked.getParkedAt())
        + " after " + parked.getAttempts() + " failed " + (parked.getAttempts() == 1 ? "try" : "tries") + ": "
        + parked.getReason();
  }

  private static String ack(AlertAcknowledgement ack) {
    return ack.getAlertId() + " v" + ack.getVersion() + "  acknowledged by " + ack.getBy() + " at " + seconds(ack.getAt());
  }

  private static String feedback(AlertFeedback feedback) {
    return feedback.getAlertId() + " v" + feedback.getVersion() + "  marked " + WireNames.of(feedback.getVerdict())
        + (feedback.getNote().isBlank() ? "" : ": " + feedback.getNote());
  }

  /** The command-line names, for help and errors. */
  public static List<String> names() {
    return List.of("raw", "tagged", "duplicates", "rejected", "alerts", "ledger", "seeds", "retry", "parked", "acks", "feedback");
  }
}
