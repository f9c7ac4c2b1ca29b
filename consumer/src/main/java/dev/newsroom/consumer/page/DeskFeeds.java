package dev.newsroom.consumer.page;

import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.schemas.Topics;
import dev.newsroom.schemas.read.TopicReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a desk board current with the topics it shows beside the alerts: it first reads the compacted ones to
 * their end (alerts, acknowledgements, corrections, the ledger), so the page starts complete, then follows them and
 * the latest duplicates and rejected records for as long as it is open. Tombstones are skipped.
 */
public final class DeskFeeds implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeskFeeds.class);
  /** Per partition: the page shows what was set aside lately, the topics keep the rest. */
  private static final long RECENT = 200;
  /** How long a follower waits for its topic's metadata (the consumer's default API timeout). */
  private static final Duration METADATA = Duration.ofMinutes(1);

  private final List<TopicReader<?, ?>> followers = new ArrayList<>();

  private DeskFeeds() {}

  /** Fills {@code board} with every alert, acknowledgement, correction and ledger entry so far. */
  public static void fill(DeskBoard board, Properties consumerProperties, Topics topics, DeliveryTopics delivery,
      Duration timeout) {
    long alerts = readWhole(consumerProperties, topics.alerts(), timeout, board::received);
    long acks = readWhole(consumerProperties, delivery.acks(), timeout, board::acknowledged);
    long corrections = readWhole(consumerProperties, delivery.feedback(), timeout, board::corrected);
    long pairs = readWhole(consumerProperties, topics.ledger(), timeout, board::ledger);
    log.info("desk page starts with {} alert versions, {} acknowledgements, {} corrections, {} ledger entries",
        alerts, acks, corrections, pairs);
  }

  /** Follows every other desk page's acknowledgements and corrections, the ledger and what was set aside. */
  public static DeskFeeds follow(DeskBoard board, Properties consumerProperties, Topics topics,
      DeliveryTopics delivery) {
    DeskFeeds feeds = new DeskFeeds();
    try {
      // Alerts also come through delivery, but only from its group's committed offsets: following the topic
      // itself, the page misses none published between its first read and delivery's first poll.
      feeds.follow(consumerProperties, topics.alerts(), -1, board::received);
      feeds.follow(consumerProperties, delivery.acks(), -1, board::acknowledged);
      feeds.follow(consumerProperties, delivery.feedback(), -1, board::corrected);
      feeds.follow(consumerProperties, topics.ledger(), -1, board::ledger);
      feeds.follow(consumerProperties, topics.duplicates(), RECENT, board::duplicate);
      feeds.follow(consumerProperties, topics.rejected(), RECENT, board::rejected);
    } catch (RuntimeException e) {
      feeds.close();
      throw e;
    }
    return feeds;
  }

  private static <V> long readWhole(Properties consumerProperties, TopicSpec<String, V> topic, Duration timeout,
      Consumer<V> each) {
    try (TopicReader<String, V> reader = TopicReader.open(consumerProperties, topic, timeout).fromBeginning()) {
      long[] count = {0};
      reader.readToEnd(values(record -> {
        each.accept(record);
        count[0]++;
      }));
      return count[0];
    }
  }

  /** @param recent start with this many of the latest records of each partition; negative for all */
  private <V> void follow(Properties consumerProperties, TopicSpec<String, V> topic, long recent, Consumer<V> each) {
    TopicReader<String, V> reader = TopicReader.open(consumerProperties, topic, METADATA);
    followers.add(reader);
    (recent < 0 ? reader.fromBeginning() : reader.fromLatest(recent))
        .followInBackground("follow-" + topic.name(), batch -> batch.forEach(values(each)));
  }

  private static <V> Consumer<ConsumerRecord<String, V>> values(Consumer<V> each) {
    return record -> {
      if (record.value() != null) {
        each.accept(record.value());
      }
    };
  }

  @Override
  public void close() {
    followers.forEach(TopicReader::close);
  }
}
