package dev.newsroom.consumer.page;

import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a desk board current with the topics it shows beside the alerts: it first reads the compacted ones to
 * their end (alerts, acknowledgements, corrections, the ledger), so the page starts complete, then follows them and
 * the latest duplicates and rejected records for as long as it is open. Alerts themselves arrive through delivery.
 */
public final class DeskFeeds implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeskFeeds.class);
  /** Per partition: the page shows what was set aside lately, the topics keep the rest. */
  private static final long RECENT = 200;

  private final List<TopicFollower<?>> followers = new ArrayList<>();

  private DeskFeeds() {}

  /** Fills {@code board} with every alert, acknowledgement, correction and ledger entry so far. */
  public static void fill(DeskBoard board, Properties consumerProperties, Topics topics, DeliveryTopics delivery,
      Duration timeout) {
    long alerts = TopicSnapshot.read(consumerProperties, topics.alerts(), timeout, (k, v) -> board.received(v));
    long acks = TopicSnapshot.read(consumerProperties, delivery.acks(), timeout, (k, v) -> board.acknowledged(v));
    long corrections = TopicSnapshot.read(consumerProperties, delivery.feedback(), timeout,
        (k, v) -> board.corrected(v));
    long pairs = TopicSnapshot.read(consumerProperties, topics.ledger(), timeout, (k, v) -> board.ledger(v));
    log.info("desk page starts with {} alert versions, {} acknowledgements, {} corrections, {} ledger entries",
        alerts, acks, corrections, pairs);
  }

  /** Follows every other desk page's acknowledgements and corrections, the ledger and what was set aside. */
  public static DeskFeeds follow(DeskBoard board, Properties consumerProperties, Topics topics,
      DeliveryTopics delivery) {
    DeskFeeds feeds = new DeskFeeds();
    try {
      feeds.followers.add(new TopicFollower<>(consumerProperties, delivery.acks(), (k, v) -> board.acknowledged(v)));
      feeds.followers.add(new TopicFollower<>(consumerProperties, delivery.feedback(), (k, v) -> board.corrected(v)));
      feeds.followers.add(new TopicFollower<>(consumerProperties, topics.ledger(), (k, v) -> board.ledger(v)));
      feeds.followers.add(new TopicFollower<>(consumerProperties, topics.duplicates(), RECENT,
          (k, v) -> board.duplicate(v)));
      feeds.followers.add(new TopicFollower<>(consumerProperties, topics.rejected(), RECENT,
          (k, v) -> board.rejected(v)));
    } catch (RuntimeException e) {
      feeds.close();
      throw e;
    }
    return feeds;
  }

  @Override
  public void close() {
    followers.forEach(TopicFollower::close);
  }
}
