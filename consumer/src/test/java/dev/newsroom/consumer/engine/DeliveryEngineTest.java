package dev.newsroom.consumer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.AlertsForDesk;
import dev.newsroom.consumer.channel.DeliveryException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class DeliveryEngineTest {

  private final EngineHarness kafka = new EngineHarness();
  private final Alert alert = AlertsForDesk.alert("JP", "KH", "agreed", "upgrade");
  private final String id = alert.getAlertId() + "-v" + alert.getVersion();

  @Test
  void shouldDeliverEveryAlertToEveryRoutedChannelInOrderThenCommit() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("desk", "ops"));
    kafka.beforePoll(() -> {
      kafka.alertArrives(alert);
      kafka.alertArrives(AlertsForDesk.alert("FR", "IN", "announced", "upgrade"));
    });

    long read = kafka.runUntilIdle(engine);

    assertThat(read).isEqualTo(2);
    assertThat(kafka.channel("desk").delivered).hasSize(2);
    assertThat(kafka.channel("ops").delivered).hasSize(2);
    assertThat(kafka.events).containsExactly("delivered desk", "delivered ops", "delivered desk", "delivered ops");
    assertThat(kafka.committed(EngineHarness.ALERTS)).isEqualTo(2L);
    assertThat(kafka.producer.history()).isEmpty();
  }

  @Test
  void shouldCommitOnlyAfterEveryRouteDelivered() {
    DeliveryEngine engine = kafka.stoppingOnFailure(List.of("console", "webhook"));
    kafka.channel("webhook").failure = new DeliveryException("webhook http://x: 503 after 5 tries");
    kafka.beforePoll(() -> kafka.alertArrives(alert));

    assertThatThrownBy(() -> kafka.runUntilIdle(engine)).isInstanceOf(DeliveryException.class)
        .hasMessageContaining("503");

    assertThat(kafka.channel("console").delivered).containsExactly(id);
    assertThat(kafka.committed(EngineHarness.ALERTS)).isNull();
  }

  @Test
  void shouldNotReadTheRetryTopicWithoutRetryTopics() throws Exception {
    DeliveryEngine engine = kafka.stoppingOnFailure(List.of("console"));
    kafka.beforePoll(() -> kafka.alertArrives(alert));

    kafka.runUntilIdle(engine);

    assertThat(kafka.consumer.subscription()).containsExactly(EngineHarness.ALERTS.topic());
    assertThat(kafka.committed(EngineHarness.ALERTS)).isEqualTo(1L);
  }

  @Test
  void shouldSendFailedDeliveryToRetryTopicWithAttempt() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("desk", "ops"));
    kafka.channel("ops").failure = new DeliveryException("ops: connection refused");
    kafka.beforePoll(() -> kafka.alertArrives(alert));

    kafka.runUntilIdle(engine);

    List<ProducerRecord<String, byte[]>> retries = kafka.written(EngineHarness.DELIVERY.retry().name());
    assertThat(retries).hasSize(1);
    assertThat(retries.get(0).key()).isEqualTo(id + "/ops");
    PendingDelivery pending = kafka.retried(retries.get(0));
    assertThat(pending.getChannel()).isEqualTo("ops");
    assertThat(pending.getAttempt()).isEqualTo(1);
    assertThat(pending.getNextAttemptAt()).isEqualTo(kafka.clock.instant().plus(EngineHarness.RETRY_DELAY));
    assertThat(pending.getFirstFailedAt()).isEqualTo(kafka.clock.instant());
    assertThat(pending.getLastError()).isEqualTo("ops: connection refused");
    assertThat(new String(retries.get(0).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
        .isEqualTo(id + "/ops/1");
    assertThat(kafka.channel("desk").delivered).containsExactly(id);
    assertThat(kafka.events).containsExactly("delivered desk", "retried ops 1");
    assertThat(kafka.committed(EngineHarness.ALERTS)).isEqualTo(1L);
  }

  @Test
  void shouldRetryADueRetryOnItsChannelAloneAndCommitIt() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("desk", "ops"));
    kafka.beforePoll(() -> kafka.retryArrives(alert, "ops", 1, kafka.clock.instant()));

    long read = kafka.runUntilIdle(engine);

    assertThat(read).isZero();
    assertThat(kafka.channel("ops").delivered).containsExactly(id);
    assertThat(kafka.channel("desk").delivered).isEmpty();
    assertThat(kafka.committed(EngineHarness.RETRY)).isEqualTo(1L);
  }

  @Test
  void shouldSendTheNextAttemptWhenARetryFailsAgain() throws Exception {
    retryFailsAgain(1, 3);

    PendingDelivery pending = kafka.retried(kafka.written(EngineHarness.DELIVERY.retry().name()).get(0));
    assertThat(pending.getAttempt()).isEqualTo(2);
    assertThat(pending.getFirstFailedAt()).isEqualTo(kafka.clock.instant().minusSeconds(60));
  }

  @Test
  void shouldParkAfterLastAttempt() throws Exception {
    retryFailsAgain(2, 3);

    assertThat(kafka.written(EngineHarness.DELIVERY.retry().name())).isEmpty();
    List<ProducerRecord<String, byte[]>> parked = kafka.written(EngineHarness.DELIVERY.parked().name());
    assertThat(parked).hasSize(1);
    assertThat(parked.get(0).key()).isEqualTo(id + "/ops");
    ParkedDelivery record = kafka.parked(parked.get(0));
    assertThat(record.getAttempts()).isEqualTo(3);
    assertThat(record.getReason()).isEqualTo("still down");
    assertThat(new String(parked.get(0).headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
        .isEqualTo(id + "/ops/parked");
    assertThat(kafka.events).containsExactly("parked ops");
    assertThat(kafka.committed(EngineHarness.RETRY)).isEqualTo(1L);
  }

  @Test
  void shouldParkAPermanentRefusalAtOnce() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("ops"));
    kafka.channel("ops").failure = new DeliveryException("ops: 410 Gone", true);
    kafka.beforePoll(() -> kafka.alertArrives(alert));

    kafka.runUntilIdle(engine);

    assertThat(kafka.written(EngineHarness.DELIVERY.retry().name())).isEmpty();
    assertThat(kafka.parked(kafka.written(EngineHarness.DELIVERY.parked().name()).get(0)).getAttempts()).isEqualTo(1);
  }

  @Test
  void shouldTreatAChannelsRuntimeFailureAsAFailedTry() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("ops"));
    kafka.channel("ops").onDeliver = () -> {
      throw new IllegalStateException("bug in a channel");
    };
    kafka.beforePoll(() -> kafka.alertArrives(alert));

    kafka.runUntilIdle(engine);

    assertThat(kafka.retried(kafka.written(EngineHarness.DELIVERY.retry().name()).get(0)).getLastError())
        .isEqualTo("bug in a channel");
  }

  @Test
  void shouldParkARetryForAChannelNoLongerConfigured() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("desk"));
    kafka.beforePoll(() -> kafka.retryArrives(alert, "old", 2, kafka.clock.instant()));

    kafka.runUntilIdle(engine);

    ParkedDelivery parked = kafka.parked(kafka.written(EngineHarness.DELIVERY.parked().name()).get(0));
    assertThat(parked.getChannel()).isEqualTo("old");
    assertThat(parked.getAttempts()).isEqualTo(2);
    assertThat(parked.getReason()).isEqualTo("channel old is not configured any more");
  }

  @Test
  void shouldHoldARetryUntilItIsDueAndNotCommitPastIt() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("ops"));
    kafka.beforePoll(() -> kafka.retryArrives(alert, "ops", 1, kafka.clock.instant().plusSeconds(30)));
    kafka.beforePoll(() -> {
      assertThat(kafka.consumer.paused()).containsExactly(EngineHarness.RETRY);
      assertThat(kafka.committed(EngineHarness.RETRY)).isZero();
      assertThat(kafka.channel("ops").delivered).isEmpty();
      kafka.clock.advance(Duration.ofSeconds(30));
    });
    kafka.beforePoll(() -> {
      assertThat(kafka.consumer.paused()).isEmpty();
      kafka.consumer.seek(EngineHarness.RETRY, 0); // the broker fetches the rewound record again
      kafka.retryAgain(alert, "ops", 1, kafka.clock.instant());
    });

    kafka.runUntilIdle(engine);

    assertThat(kafka.channel("ops").delivered).containsExactly(id);
    assertThat(kafka.committed(EngineHarness.RETRY)).isEqualTo(1L);
  }

  @Test
  void shouldNotCommitWhenProducerFailsToSend() {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("ops"));
    kafka.channel("ops").failure = new DeliveryException("down");
    kafka.producer.sendException = new KafkaException("broker unreachable");
    kafka.beforePoll(() -> kafka.alertArrives(alert));

    assertThatThrownBy(() -> kafka.runUntilIdle(engine)).hasMessageContaining("broker unreachable");

    assertThat(kafka.committed(EngineHarness.ALERTS)).isNull();
  }

  @Test
  void shouldNotCommitWhenTheRetryTopicWriteFails() {
    EngineHarness pending = new EngineHarness(false);
    DeliveryEngine engine = pending.withRetryTopics(3, List.of("ops", "desk"));
    pending.channel("ops").failure = new DeliveryException("down");
    // the write for "ops" is still in flight when "desk" is tried; the broker then refuses it
    pending.channel("desk").onDeliver = () -> pending.producer.errorNext(new KafkaException("not enough replicas"));
    pending.beforePoll(() -> pending.alertArrives(alert));

    assertThatThrownBy(() -> pending.runUntilIdle(engine)).isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot write to the retry or parked topic: not enough replicas");

    assertThat(pending.committed(EngineHarness.ALERTS)).isNull();
  }

  @Test
  void shouldSkipTombstonesAndStillCommitThem() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("ops"));
    kafka.beforePoll(() -> kafka.tombstoneArrives("upg-gone"));

    long read = kafka.runUntilIdle(engine);

    assertThat(read).isZero();
    assertThat(kafka.channel("ops").delivered).isEmpty();
    assertThat(kafka.committed(EngineHarness.ALERTS)).isEqualTo(1L);
  }

  @Test
  void shouldStopWhenAskedAndCloseEverything() throws Exception {
    DeliveryEngine engine = kafka.withRetryTopics(3, List.of("ops"));
    kafka.beforePoll(() -> kafka.alertArrives(alert));
    kafka.beforePoll(engine::stop);

    long read = engine.run(false, null);
    engine.close();

    assertThat(read).isEqualTo(1);
    assertThat(kafka.consumer.closed()).isTrue();
    assertThat(kafka.producer.closed()).isTrue();
  }

  /** A due retry after {@code attempt} failed tries fails once more on "ops". */
  private void retryFailsAgain(int attempt, int maxAttempts) throws DeliveryException {
    DeliveryEngine engine = kafka.withRetryTopics(maxAttempts, List.of("ops"));
    kafka.channel("ops").failure = new DeliveryException("still down");
    kafka.beforePoll(() -> kafka.retryArrives(alert, "ops", attempt, kafka.clock.instant()));
    kafka.runUntilIdle(engine);
  }
}
