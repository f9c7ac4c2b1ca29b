package dev.newsroom.consumer.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.RepresentationLevel;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.avro.delivery.AlertFeedback;
import dev.newsroom.avro.delivery.FeedbackVerdict;
import dev.newsroom.consumer.AlertJson;
import dev.newsroom.consumer.DeliveryListener;
import dev.newsroom.schemas.WireNames;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

/**
 * What the live desk page shows: the latest version of every alert, newest first, each with its latest
 * acknowledgement and correction; the ledger (each pair's current standing); and what the pipeline set aside
 * lately. An acknowledgement of an older version than the one shown does not count: a new version is news again,
 * except a correction of its sources.
 * A correction stays whatever the version: the officer said the event is wrong. Subscribers (the page's live
 * connections) hear every change as an event name ({@code alert}, {@code ledger}, {@code duplicate},
 * {@code rejected}) and its JSON.
 */
public final class DeskBoard implements DeliveryListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CountryNames names = CountryNames.standard();
  private final Map<String, Alert> alerts = new ConcurrentHashMap<>();
  private final Map<String, AlertAcknowledgement> acks = new ConcurrentHashMap<>();
  /** Per alert, the latest version that was news to an officer: an acknowledgement of it (or later) holds. */
  private final Map<String, Integer> newsVersions = new ConcurrentHashMap<>();
  private final Map<String, AlertFeedback> feedback = new ConcurrentHashMap<>();
  private final Map<String, PairLevel> ledger = new ConcurrentHashMap<>();
  private final ScreenedOut screened = new ScreenedOut(200);
  private final List<BiConsumer<String, ObjectNode>> subscribers = new CopyOnWriteArrayList<>();

  /** An alert version, from delivery or from following the topic: one seen already changes nothing. */
  @Override
  public void received(Alert alert) {
    Alert before = alerts.get(alert.getAlertId());
    Alert now = alerts.merge(alert.getAlertId(), alert,
        (old, next) -> next.getVersion() > old.getVersion() ? next : old);
    if (now != before) {
      newsVersions.merge(alert.getAlertId(), newsVersion(alert), (old, next) ->
          alert.getChange() == AlertChange.SOURCES_CORRECTED ? old : next);
      publishAlert(alert.getAlertId());
    }
  }

  /**
   * A correction of the sources (a report found to be a copy, seconds after it) is not news: an officer who
   * acknowledged the version before it has seen the alert. Read alone (from the compacted topic), it stands for
   * the version it corrects.
   */
  private static int newsVersion(Alert alert) {
    return alert.getChange() == AlertChange.SOURCES_CORRECTED ? Math.max(1, alert.getVersion() - 1)
        : alert.getVersion();
  }

  /** Made here or read back from the topic (on every instance): the same acknowledgement twice is news once. */
  public void acknowledged(AlertAcknowledgement ack) {
    AlertAcknowledgement before = acks.get(ack.getAlertId());
    AlertAcknowledgement now = acks.merge(ack.getAlertId(), ack,
        (old, next) -> next.getVersion() >= old.getVersion() && !next.equals(old) ? next : old);
    if (now != before) {
      publishAlert(ack.getAlertId());
    }
  }

  /** The latest correction wins (the topic is compacted by alert id); a withdrawal clears it. */
  public void corrected(AlertFeedback correction) {
    AlertFeedback before = feedback.get(correction.getAlertId());
    AlertFeedback now = feedback.merge(correction.getAlertId(), correction,
        (old, next) -> next.getAt().isBefore(old.getAt()) || next.equals(old) ? old : next);
    if (now != before) {
      publishAlert(correction.getAlertId());
    }
  }

  /** A record of the ledger topic, keyed by pair; a null level and representation is nothing to show. */
  public void ledger(PairLevel standing) {
    String key = pairKey(standing.getPair());
    ledger.merge(key, standing, (old, now) -> now.getUpdatedAt().isBefore(old.getUpdatedAt()) ? old : now);
    publish("ledger", ledgerNode(ledger.get(key)));
  }

  public void duplicate(TaggedRelease release) {
    publish("duplicate", screened.duplicate(release));
  }

  public void rejected(RejectedRecord record) {
    publish("rejected", screened.rejected(record));
  }

  public Alert alert(String alertId) {
    return alerts.get(alertId);
  }

  public CountryNames names() {
    return names;
  }

  /** Newest first (by the time of the latest version), those that {@code filter} keeps. */
  public List<ObjectNode> view(Predicate<ObjectNode> filter) {
    return alerts.values().stream()
        .sorted(Comparator.comparing(Alert::getUpdatedAt).reversed())
        .map(alert -> node(alert.getAlertId()))
        .filter(filter)
        .toList();
  }

  /** Every pair's standing, sorted by pair. */
  public List<ObjectNode> ledgerView() {
    return ledger.values().stream().sorted(Comparator.comparing(p -> pairKey(p.getPair())))
        .map(this::ledgerNode).toList();
  }

  public ObjectNode screenedView() {
    return screened.view();
  }

  /** @return unsubscribes */
  public Runnable subscribe(BiConsumer<String, ObjectNode> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  int subscribers() {
    return subscribers.size();
  }

  ObjectNode node(String alertId) {
    Alert alert = alerts.get(alertId);
    ObjectNode node = AlertJson.toNode(alert);
    node.set("pair_names", pairNames(alert.getPair()));
    AlertAcknowledgement ack = acks.get(alertId);
    if (ack != null && ack.getVersion() >= newsVersions.getOrDefault(alertId, alert.getVersion())) {
      node.putObject("acknowledged").put("by", ack.getBy()).put("at", ack.getAt().toString())
          .put("version", ack.getVersion());
    } else {
      node.putNull("acknowledged");
    }
    AlertFeedback correction = feedback.get(alertId);
    if (correction != null && correction.getVerdict() != FeedbackVerdict.WITHDRAWN) {
      ObjectNode item = node.putObject("feedback");
      item.put("verdict", WireNames.of(correction.getVerdict()));
      item.put("note", correction.getNote());
      item.put("by", correction.getBy());
      item.put("at", correction.getAt().toString());
      item.put("version", correction.getVersion());
      if (correction.getCorrectPair() == null) {
        item.putNull("correct_pair");
      } else {
        item.set("correct_pair", JSON.valueToTree(correction.getCorrectPair()));
      }
      item.put("correct_level", correction.getCorrectLevel());
    } else {
      node.putNull("feedback");
    }
    return node;
  }

  private ObjectNode ledgerNode(PairLevel standing) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode pair = node.putArray("pair");
    standing.getPair().forEach(pair::add);
    node.set("pair_names", pairNames(standing.getPair()));
    node.put("level", standing.getLevel());
    node.put("since", text(standing.getSince()));
    node.put("origin", standing.getOrigin());
    node.put("updated_at", text(standing.getUpdatedAt()));
    RepresentationLevel representation = standing.getRepresentation();
    if (representation == null) {
      node.putNull("representation");
    } else {
      node.putObject("representation").put("level", representation.getLevel())
          .put("action", WireNames.of(representation.getAction()))
          .put("since", text(representation.getSince()));
    }
    return node;
  }

  private ArrayNode pairNames(List<String> pair) {
    ArrayNode shown = JSON.createArrayNode();
    pair.forEach(code -> shown.add(names.name(code)));
    return shown;
  }

  static String pairKey(List<String> pair) {
    return pair.get(0) + "-" + pair.get(1);
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private void publishAlert(String alertId) {
    if (!alerts.containsKey(alertId)) {
      return; // an acknowledgement or correction read before its alert: shown once the alert arrives
    }
    publish("alert", node(alertId));
  }

  private void publish(String event, ObjectNode node) {
    for (BiConsumer<String, ObjectNode> subscriber : subscribers) {
      try {
        subscriber.accept(event, node);
      } catch (RuntimeException e) {
        subscribers.remove(subscriber); // a closed connection
      }
    }
  }
}
