package dev.newsroom.app.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft broker (combined broker and controller) inside this JVM, from Kafka's own test
 * kit, so that the demo and the integration tests need nothing installed but a JDK. Its data lives in a
 * temporary folder removed on close.
 */
public final class EmbeddedKafka implements AutoCloseable {

  /** One broker can hold only one replica: internal topics must be content with that. */
  private static final Map<String, String> SINGLE_NODE = Map.of(
      "offsets.topic.replication.factor", "1",
      "offsets.topic.num.partitions", "3",
      "transaction.state.log.replication.factor", "1",
      "transaction.state.log.min.isr", "1",
      "transaction.state.log.num.partitions", "3",
      "share.coordinator.state.topic.replication.factor", "1",
      "group.initial.rebalance.delay.ms", "0",
      "num.partitions", "3",
      "auto.create.topics.enable", "false");

  private final KafkaClusterTestKit cluster;

  private EmbeddedKafka(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Formats and starts the broker and waits until it accepts clients. */
  public static EmbeddedKafka start() throws Exception {
    // Our own folder rather than the kit's default temporary one, which is deleted by a JVM shutdown hook that
    // races with closing the broker on Ctrl-C; the kit deletes this one on close.
    Path data = Files.createTempDirectory("newsroom-kafka-");
    TestKitNodes nodes = new TestKitNodes.Builder()
        .setBaseDirectory(data)
        .setCombined(true)
        .setNumBrokerNodes(1)
        .setNumControllerNodes(1)
        .build();
    KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes).setDeleteOnClose(true);
    SINGLE_NODE.forEach(builder::setConfigProp);
    KafkaClusterTestKit cluster = builder.build();
    try {
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new EmbeddedKafka(cluster);
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
  }

  /**
   * Kafka's storage formatter prints its bootstrap metadata to standard output, which is the demo's and the
   * commands' output channel; it is silenced for the moment of formatting only.
   */
  private static void formatQuietly(KafkaClusterTestKit cluster) throws Exception {
    PrintStream stdout = System.out;
    synchronized (EmbeddedKafka.class) {
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      try {
        cluster.format();
      } finally {
        System.setOut(stdout);
      }
    }
  }

  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
