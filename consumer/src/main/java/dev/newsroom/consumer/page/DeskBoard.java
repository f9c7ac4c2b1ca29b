package dev.newsroom.consumer.page;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.consumer.AlertJson;
import dev.newsroom.consumer.DeliveryListener;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What the live desk page shows: the latest version of every alert, newest first, each with its latest
 * acknowledgement. An acknowledgement of an older version than the one shown does not count: a new version is
 * news again. Subscribers (the page's live connections) hear every change as the alert's JSON.
 */
public final class DeskBoard implements DeliveryListener {

  private final Map<String, Alert> alerts = new ConcurrentHashMap<>();
  private final Map<String, AlertAcknowledgement> acks = new ConcurrentHashMap<>();
  private final List<Consumer<ObjectNode>> subscribers = new CopyOnWriteArrayList<>();

  @Override
  public void received(Alert alert) {
    alerts.merge(alert.getAlertId(), alert, (old, now) -> now.getVersion() >= old.getVersion() ? now : old);
    publish(alert.getAlertId());
  }

  public void acknowledged(AlertAcknowledgement ack) {
    acks.merge(ack.getAlertId(), ack, (old, now) -> now.getVersion() >= old.getVersion() ? now : old);
    publish(ack.getAlertId());
  }

  public Alert alert(String alertId) {
    return alerts.get(alertId);
  }

  /** Newest first (by the time of the latest version), those that {@code filter} keeps. */
  public List<ObjectNode> view(Predicate<ObjectNode> filter) {
    return alerts.values().stream()
        .sorted(Comparator.comparing(Alert::getUpdatedAt).reversed())
        .map(alert -> node(alert.getAlertId()))
        .filter(filter)
        .toList();
  }

  /** @return unsubscribes */
  public Runnable subscribe(Consumer<ObjectNode> subscriber) {
    subscribers.add(subscriber);
    return () -> subscribers.remove(subscriber);
  }

  int subscribers() {
    return subscribers.size();
  }

  ObjectNode node(String alertId) {
    Alert alert = alerts.get(alertId);
    ObjectNode node = AlertJson.toNode(alert);
    AlertAcknowledgement ack = acks.get(alertId);
    if (ack != null && ack.getVersion() >= alert.getVersion()) {
      node.putObject("acknowledged").put("by", ack.getBy()).put("at", ack.getAt().toString())
          .put("version", ack.getVersion());
    } else {
      node.putNull("acknowledged");
    }
    return node;
  }

  private void publish(String alertId) {
    if (!alerts.containsKey(alertId)) {
      return; // an acknowledgement read before its alert: shown once the alert arrives
    }
    ObjectNode node = node(alertId);
    for (Consumer<ObjectNode> subscriber : subscribers) {
      try {
        subscriber.accept(node);
      } catch (RuntimeException e) {
        subscribers.remove(subscriber); // a closed connection
      }
    }
  }
}
