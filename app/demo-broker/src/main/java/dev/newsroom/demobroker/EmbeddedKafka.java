package dev.newsroom.demobroker;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node KRaft server (combined broker and controller) inside this JVM, built from Kafka's own
 * server artifacts (not its test kit, which stays out of the runtime), so that the demo needs nothing installed
 * but a JDK. It listens on loopback only, without authentication: it is for one user's machine. Its data lives
 * in a folder the caller owns, which a later start reuses (the log is formatted only once), so a demo stack
 * survives a restart.
 *
 * <p>This module is the only one that links Kafka's server (and Scala): it is packed into its own jar,
 * {@code newsroom-demo-broker.jar}, which sits beside {@code newsroom.jar} for the demo and is left out of the
 * service image. Its API speaks only JDK types, so that nothing else in Newsroom needs the server to compile.
 */
public final class EmbeddedKafka implements AutoCloseable {

  private static final String LOOPBACK = "127.0.0.1";
  private static final int NODE_ID = 1;

  /** One broker can hold only one replica: internal topics must be content with that. */
  public static final Map<String, String> SINGLE_NODE = Map.of(
      "offsets.topic.replication.factor", "1",
      "offsets.topic.num.partitions", "3",
      "transaction.state.log.replication.factor", "1",
      "transaction.state.log.min.isr", "1",
      "transaction.state.log.num.partitions", "3",
      "share.coordinator.state.topic.replication.factor", "1",
      "group.initial.rebalance.delay.ms", "0",
      "num.partitions", "3",
      "auto.create.topics.enable", "false");

  private final KafkaRaftServer server;
  private final String bootstrapServers;
  private final Path data;

  private EmbeddedKafka(KafkaRaftServer server, String bootstrapServers, Path data) {
    this.server = server;
    this.bootstrapServers = bootstrapServers;
    this.data = data;
  }

  /**
   * Starts a broker on the data in {@code data} (created and formatted when new); the folder is kept on close,
   * for the caller to reuse or remove.
   */
  public static EmbeddedKafka start(Path data) throws Exception {
    Files.createDirectories(data);
    int brokerPort = freeLoopbackPort();
    int controllerPort = freeLoopbackPort();
    Path logs = data.resolve("log");
    Properties props = new Properties();
    props.putAll(SINGLE_NODE);
    props.put("process.roles", "broker,controller");
    props.put("node.id", String.valueOf(NODE_ID));
    props.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
    props.put("listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort + ",CONTROLLER://" + LOOPBACK + ":"
        + controllerPort);
    props.put("advertised.listeners", "PLAINTEXT://" + LOOPBACK + ":" + brokerPort);
    props.put("controller.listener.names", "CONTROLLER");
    props.put("inter.broker.listener.name", "PLAINTEXT");
    props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.put("log.dirs", logs.toString());
    KafkaConfig config = KafkaConfig.fromProps(props, false);
    if (!Files.exists(logs.resolve("meta.properties"))) {
      format(logs);
    }
    KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
    String bootstrap = LOOPBACK + ":" + brokerPort;
    try {
      server.startup();
      awaitReady(bootstrap);
      return new EmbeddedKafka(server, bootstrap, data);
    } catch (Exception e) {
      server.shutdown();
      server.awaitShutdown();
      throw e;
    }
  }

  /** Writes the log folder's identity and bootstrap metadata, as {@code kafka-storage.sh format} does. */
  private static void format(Path logs) throws Exception {
    new Formatter()
        // The formatter reports on standard output, which is the commands' output channel.
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(NODE_ID)
        .setClusterId(Uuid.randomUuid().toString())
        .addDirectory(logs.toString())
        .setMetadataLogDirectory(logs.toString())
        .setControllerListenerName("CONTROLLER")
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .run();
  }

  /** Startup returns before the broker has registered; clients are told it is there only once it answers. */
  private static void awaitReady(String bootstrap) throws Exception {
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      if (admin.describeCluster().nodes().get(60, TimeUnit.SECONDS).isEmpty()) {
        throw new IllegalStateException("the embedded broker at " + bootstrap + " reports no nodes");
      }
    }
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
      return socket.getLocalPort();
    }
  }

  public String bootstrapServers() {
    return bootstrapServers;
  }

  /** The folder that holds the broker's data. */
  public Path dataFolder() {
    return data;
  }

  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
  }
}
