package dev.newsroom.streams;

import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.UpgradeAlert;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keeps the latest alert per (pair, to-level) and emits each new version keyed by alert id. Input arrives
 * keyed by pair, so every report about a pair is handled by the same task. The store holds one entry per
 * pair and level, which bounds it.
 */
final class AlertCorrelator implements Processor<String, TaggedRelease, String, UpgradeAlert> {

  private final String storeName;
  private final UpgradeEvents events;
  private ProcessorContext<String, UpgradeAlert> context;
  private KeyValueStore<String, UpgradeAlert> latest;

  AlertCorrelator(String storeName, UpgradeEvents events) {
    this.storeName = storeName;
    this.events = events;
  }

  @Override
  public void init(ProcessorContext<String, UpgradeAlert> context) {
    this.context = context;
    this.latest = context.getStateStore(storeName);
  }

  @Override
  public void process(Record<String, TaggedRelease> record) {
    String key = UpgradeEvents.eventKey(record.value().getUpgrade());
    Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
    Optional<UpgradeAlert> next = events.apply(latest.get(key), record.value(), now);
    next.ifPresent(alert -> {
      latest.put(key, alert);
      context.forward(record.withKey(alert.getAlertId()).withValue(alert));
    });
  }
}
