package dev.newsroom.app.kafka;

import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.schemas.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates Newsroom's topics when they are missing, with the partitioning and retention the README documents.
 * Existing topics are left as they are.
 */
public final class TopicAdmin {

  private static final Logger log = LoggerFactory.getLogger(TopicAdmin.class);

  private TopicAdmin() {}

  /** How long a command waits for the broker unless configured ({@code newsroom.broker.timeout}). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Creates Newsroom's public topics that are missing.
   *
   * @return the names of the topics this call created
   * @throws IllegalStateException when the broker cannot be reached within {@code timeout}, naming the address
   */
  public static List<String> ensure(Properties adminProperties, Topics topics, int partitions, short replication,
      Duration timeout) {
    return ensure(adminProperties, topics.all(), TopicSpec::topicConfig, partitions, replication, timeout);
  }

  /** As {@link #ensure(Properties, List, Function, int, short, Duration)}, waiting {@link #DEFAULT_TIMEOUT}. */
  public static List<String> ensure(Properties adminProperties, List<TopicSpec<?, ?>> specs,
      Function<TopicSpec<?, ?>, Map<String, String>> configs, int partitions, short replication) {
    return ensure(adminProperties, specs, configs, partitions, replication, DEFAULT_TIMEOUT);
  }

  /**
   * Creates the given topics that are missing, each with the topic configuration {@code configs} gives it.
   * Existing topics are left as they are; one created meanwhile by another instance is fine. Nothing waits
   * longer than {@code timeout}, and an unreachable broker is one exception, not a minute of client warnings.
   *
   * @return the names of the topics this call created
   */
  public static List<String> ensure(Properties adminProperties, List<TopicSpec<?, ?>> specs,
      Function<TopicSpec<?, ?>, Map<String, String>> configs, int partitions, short replication, Duration timeout) {
    String bootstrap = adminProperties.getProperty("bootstrap.servers");
    BrokerProbe.await(bootstrap, timeout);
    Properties properties = new Properties();
    properties.putAll(adminProperties);
    properties.putIfAbsent("default.api.timeout.ms", Long.toString(timeout.toMillis()));
    properties.putIfAbsent("request.timeout.ms", Long.toString(Math.min(timeout.toMillis(), 30_000)));
    Admin admin = Admin.create(properties);
    Duration closeWithin = Duration.ofSeconds(5);
    try {
      Set<String> existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      List<NewTopic> missing = new ArrayList<>();
      for (TopicSpec<?, ?> topic : specs) {
        if (!existing.contains(topic.name())) {
          missing.add(new NewTopic(topic.name(), partitions, replication).configs(configs.apply(topic)));
        }
      }
      for (var result : admin.createTopics(missing).values().entrySet()) {
        try {
          result.getValue().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
            throw e;
          }
        }
      }
      if (!missing.isEmpty()) {
        awaitLeaders(admin, missing.stream().map(NewTopic::name).toList());
        log.info("created topics {}", missing.stream().map(NewTopic::name).toList());
      }
      return missing.stream().map(NewTopic::name).toList();
    } catch (TimeoutException e) {
      closeWithin = Duration.ZERO; // do not wait a second time for calls that timed out
      throw new IllegalStateException(BrokerProbe.unreachable(bootstrap, timeout), e);
    } catch (ExecutionException e) {
      closeWithin = Duration.ZERO;
      throw new IllegalStateException(e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException
          ? BrokerProbe.unreachable(bootstrap, timeout) : "cannot create topics: " + e.getCause().getMessage(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    } finally {
      admin.close(closeWithin);
    }
  }

  /**
   * A topic exists before its partitions have leaders; an idempotent producer that writes in that moment gets
   * NOT_LEADER and may then fail its sequence. Callers go on only once every new partition has a leader.
   */
  private static void awaitLeaders(Admin admin, List<String> names)
      throws ExecutionException, InterruptedException, TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      if (allLed(admin, names)) {
        return;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topics " + names + " were created but their partitions have no leader "
            + "after 30 s; is the broker healthy?");
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
  }

  private static boolean allLed(Admin admin, List<String> names)
      throws ExecutionException, InterruptedException, TimeoutException {
    try {
      return admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS).values().stream()
          .flatMap(description -> description.partitions().stream())
          .allMatch(partition -> partition.leader() != null && !partition.leader().isEmpty());
    } catch (ExecutionException e) {
      // Just created: the broker answering may not know the topic yet.
      if (e.getCause() instanceof UnknownTopicOrPartitionException) {
        return false;
      }
      throw e;
    }
  }
}
