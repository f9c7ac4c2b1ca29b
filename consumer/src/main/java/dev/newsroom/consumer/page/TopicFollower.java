package dev.newsroom.consumer.page;

import dev.newsroom.schemas.TopicSpec;
import java.time.Duration;
import java.util.Properties;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows a (compacted) topic from its beginning on a thread of its own and hands every record to a callback,
 * for as long as it is open: how one desk page sees the acknowledgements made on every other.
 */
public final class TopicFollower<V> implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(TopicFollower.class);

  private final KafkaConsumer<String, V> consumer;
  private final Thread thread;
  private volatile boolean open = true;

  public TopicFollower(Properties consumerProperties, TopicSpec<String, V> topic, BiConsumer<String, V> each) {
    this(consumerProperties, topic, -1, each);
  }

  /** @param recent start with this many of the latest records of each partition; negative for all */
  public TopicFollower(Properties consumerProperties, TopicSpec<String, V> topic, long recent,
      BiConsumer<String, V> each) {
    consumer = WholeTopic.from(consumerProperties, topic, recent);
    thread = new Thread(() -> follow(each), "follow-" + topic.name());
    thread.setDaemon(true);
    thread.start();
  }

  private void follow(BiConsumer<String, V> each) {
    try {
      while (open) {
        for (var record : consumer.poll(Duration.ofMillis(500))) {
          if (record.value() != null) {
            each.accept(record.key(), record.value());
          }
        }
      }
    } catch (WakeupException e) {
      if (open) {
        log.warn("follower woken unexpectedly", e);
      }
    } catch (RuntimeException e) {
      log.error("stopped following a topic", e);
    } finally {
      consumer.close();
    }
  }

  @Override
  public void close() {
    open = false;
    consumer.wakeup();
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
