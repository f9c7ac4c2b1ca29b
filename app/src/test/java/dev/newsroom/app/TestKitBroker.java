package dev.newsroom.app;

import dev.newsroom.demobroker.EmbeddedKafka;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * The integration tests' in-JVM broker: a combined KRaft broker and controller from Kafka's own test kit
 * ({@code KafkaClusterTestKit}), with the same single-node settings as the demo's broker.
 */
final class TestKitBroker implements AutoCloseable {

  private final KafkaClusterTestKit cluster;

  private TestKitBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  static TestKitBroker start() throws Exception {
    // Our own folder rather than the kit's default temporary one, which a JVM shutdown hook deletes while the
    // broker may still be closing; the kit deletes this one on close.
    Path data = Files.createTempDirectory("newsroom-test-kafka-");
    TestKitNodes nodes = new TestKitNodes.Builder()
        .setBaseDirectory(data)
        .setCombined(true)
        .setNumBrokerNodes(1)
        .setNumControllerNodes(1)
        .build();
    KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes).setDeleteOnClose(true);
    EmbeddedKafka.SINGLE_NODE.forEach(builder::setConfigProp);
    KafkaClusterTestKit cluster = builder.build();
    try {
      formatQuietly(cluster);
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new TestKitBroker(cluster);
    } catch (Exception e) {
      cluster.close();
      throw e;
    }
  }

  /** The kit's storage formatter prints to standard output, which some tests read as the commands' output. */
  private static void formatQuietly(KafkaClusterTestKit cluster) throws Exception {
    PrintStream stdout = System.out;
    synchronized (TestKitBroker.class) {
      System.setOut(new PrintStream(OutputStream.nullOutputStream()));
      try {
        cluster.format();
      } finally {
        System.setOut(stdout);
      }
    }
  }

  String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  @Override
  public void close() throws Exception {
    cluster.close();
  }
}
