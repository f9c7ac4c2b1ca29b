package dev.newsroom.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Routed delivery as Micrometer meters, tagged by channel: {@code newsroom.alerts.delivered},
 * {@code newsroom.alerts.retried}, {@code newsroom.alerts.parked} (counters) and
 * {@code newsroom.alerts.delivery.latency} (a timer with a histogram: from the alert version's latest report
 * processed to its delivery on the channel, retries included). In Prometheus:
 * {@code newsroom_alerts_delivered_total{channel="..."}}, {@code newsroom_alerts_delivery_latency_seconds_bucket}...
 */
public final class DeliveryMetrics implements DeliveryListener {

  private final MeterRegistry registry;

  public DeliveryMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  /** Registers a channel's meters at zero, so that dashboards show a channel before its first alert. */
  public DeliveryMetrics register(Iterable<String> channels) {
    for (String channel : channels) {
      counter("newsroom.alerts.delivered", "Alert versions delivered to a channel", channel);
      counter("newsroom.alerts.retried", "Tries that failed and went to the retry topic", channel);
      counter("newsroom.alerts.parked", "Alert versions given up on and parked", channel);
      latency(channel);
    }
    return this;
  }

  @Override
  public void delivered(String channel, Duration sinceUpdate) {
    counter("newsroom.alerts.delivered", "Alert versions delivered to a channel", channel).increment();
    latency(channel).record(sinceUpdate.isNegative() ? Duration.ZERO : sinceUpdate);
  }

  @Override
  public void retried(String channel, int attempt) {
    counter("newsroom.alerts.retried", "Tries that failed and went to the retry topic", channel).increment();
  }

  @Override
  public void parked(String channel) {
    counter("newsroom.alerts.parked", "Alert versions given up on and parked", channel).increment();
  }

  private Counter counter(String name, String description, String channel) {
    return Counter.builder(name).description(description).tag("channel", channel).register(registry);
  }

  private Timer latency(String channel) {
    return Timer.builder("newsroom.alerts.delivery.latency")
        .description("From the alert version's latest report processed to its delivery on the channel")
        .tag("channel", channel)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(100))
        .maximumExpectedValue(Duration.ofHours(6))
        .register(registry);
  }
}
