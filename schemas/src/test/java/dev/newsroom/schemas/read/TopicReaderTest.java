package dev.newsroom.schemas.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class TopicReaderTest {

  private static final String TOPIC = "newsroom.test";
  private static final TopicPartition P0 = new TopicPartition(TOPIC, 0);
  private static final TopicPartition P1 = new TopicPartition(TOPIC, 1);

  private final MockConsumer<String, String> consumer = new MockConsumer<>("earliest");

  /** Two partitions whose logs start at 0 and end at the given offsets. */
  private TopicReader<String, String> reader(long end0, long end1, Duration timeout) {
    Node node = new Node(0, "localhost", 9092);
    consumer.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, node, null, null),
        new PartitionInfo(TOPIC, 1, node, null, null)));
    consumer.updateBeginningOffsets(Map.of(P0, 0L, P1, 0L));
    consumer.updateEndOffsets(Map.of(P0, end0, P1, end1));
    return new TopicReader<>(consumer, List.of(TOPIC), timeout);
  }

  private void write(TopicPartition partition, long offset, String value) {
    consumer.addRecord(new ConsumerRecord<>(TOPIC, partition.partition(), offset, "k" + offset, value));
  }

  @Test
  void shouldReadEveryPartitionToItsEndOffsetsAndReturn() {
    try (TopicReader<String, String> reader = reader(3, 2, Duration.ofSeconds(5)).fromBeginning()) {
      write(P0, 0, "a0");
      write(P0, 1, "a1");
      write(P0, 2, "a2");
      write(P1, 0, "b0");
      write(P1, 1, "b1");

      List<String> values = reader.readToEnd().stream().map(ConsumerRecord::value).toList();

      assertThat(values).containsExactlyInAnyOrder("a0", "a1", "a2", "b0", "b1");
      assertThat(values.indexOf("a0")).isLessThan(values.indexOf("a1")).isLessThan(values.indexOf("a2"));
    }
  }

  @Test
  void shouldReturnNothingAtOnceForAnEmptyTopic() {
    try (TopicReader<String, String> reader = reader(0, 0, Duration.ofSeconds(5)).fromBeginning()) {
      List<String> seen = new ArrayList<>();

      long count = reader.readToEnd(record -> seen.add(record.value()));

      assertThat(count).isZero();
      assertThat(seen).isEmpty();
    }
  }

  @Test
  void shouldSayWhichTopicCouldNotBeReadToItsEndWithinTheTimeout() {
    try (TopicReader<String, String> reader = reader(4, 0, Duration.ofMillis(300)).fromBeginning()) {
      write(P0, 0, "a0");

      assertThatThrownBy(reader::readToEnd)
          .isInstanceOf(TopicReader.TopicReadTimeout.class)
          .hasMessage("could not read newsroom.test to its end: no progress for 300 ms, 3 offsets short");
    }
  }

  @Test
  void shouldStartAtTheLatestRecordsOfEachPartitionAndTellWhichLeftEarlierOnesOut() {
    try (TopicReader<String, String> reader = reader(5, 1, Duration.ofSeconds(5))) {
      for (long offset = 0; offset < 5; offset++) {
        write(P0, offset, "a" + offset);
      }
      write(P1, 0, "b0");

      var cut = reader.seekToLatest(2);

      assertThat(cut).containsExactly(P0);
      assertThat(reader.readToEnd().stream().map(ConsumerRecord::value)).containsExactlyInAnyOrder("a3", "a4", "b0");
    }
  }

  @Test
  void shouldFollowRecordsWrittenAfterTheEndWasRead() {
    try (TopicReader<String, String> reader = reader(1, 0, Duration.ofSeconds(5)).fromBeginning()) {
      write(P0, 0, "old");
      reader.readToEnd();
      consumer.schedulePollTask(() -> write(P0, 1, "new"));
      consumer.schedulePollTask(() -> write(P1, 0, "newer"));
      List<String> followed = new ArrayList<>();

      reader.followUntil(() -> followed.size() >= 2, batch -> batch.forEach(record -> followed.add(record.value())));

      assertThat(followed).containsExactly("new", "newer");
    }
  }

  @Test
  void shouldStopFollowingInTheBackgroundWhenClosed() {
    TopicReader<String, String> reader = reader(0, 0, Duration.ofSeconds(5)).fromBeginning();
    List<String> followed = new CopyOnWriteArrayList<>();
    reader.followInBackground("follow-test", batch -> batch.forEach(record -> followed.add(record.value())));
    write(P0, 0, "first");
    await().atMost(Duration.ofSeconds(5)).until(() -> followed.contains("first"));

    reader.close();

    assertThat(consumer.closed()).isTrue();
    assertThat(Thread.getAllStackTraces().keySet()).noneMatch(thread -> thread.getName().equals("follow-test"));
  }

  @Test
  void shouldStopFollowingWhenClosedFromTheCallback() {
    TopicReader<String, String> reader = reader(0, 0, Duration.ofSeconds(5)).fromBeginning();
    Map<String, Integer> batches = new HashMap<>();
    consumer.schedulePollTask(() -> write(P0, 0, "only"));

    reader.follow(batch -> {
      batches.merge("seen", 1, Integer::sum);
      reader.close();
    });

    assertThat(batches).containsEntry("seen", 1);
    assertThat(consumer.closed()).isTrue();
  }

  @Test
  void shouldWaitForATopicCreatedAMomentAgo() {
    AtomicInteger asked = new AtomicInteger();
    MockConsumer<String, String> late = new MockConsumer<>("earliest") {
      @Override
      public synchronized List<PartitionInfo> partitionsFor(String topic) {
        // Unknown to the broker asked for the first two times.
        return asked.incrementAndGet() <= 2 ? List.of() : super.partitionsFor(topic);
      }
    };
    late.updatePartitions(TOPIC, List.of(new PartitionInfo(TOPIC, 0, new Node(0, "localhost", 9092), null, null)));
    late.updateBeginningOffsets(Map.of(P0, 0L));
    late.updateEndOffsets(Map.of(P0, 0L));

    try (TopicReader<String, String> reader = new TopicReader<>(late, List.of(TOPIC), Duration.ofSeconds(5))) {
      assertThat(reader.fromBeginning().readToEnd()).isEmpty();
      assertThat(asked).hasValue(3);
    }
  }

  @Test
  void shouldRefuseATopicThatDoesNotExist() {
    assertThatThrownBy(() -> new TopicReader<>(consumer, List.of("newsroom.missing"), Duration.ofMillis(300)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("topic newsroom.missing does not exist");
    assertThat(consumer.closed()).isTrue();
  }
}
