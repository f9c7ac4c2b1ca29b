package dev.newsroom.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * One Kafka broker (KRaft, broker and controller in one process) run by Kafka's own {@code kafka.Kafka} in a
 * separate JVM on loopback. Its data directory and ports are kept across kills and restarts, as a machine
 * that reboots keeps its disk.
 */
final class BrokerProcess implements AutoCloseable {

  private static final Duration READY = Duration.ofSeconds(90);

  private final Path dir;
  private final int port;
  private final JavaProcess process;

  /** For measurements: the JIT at full strength. */
  static final List<String> STEADY = List.of("-Xms256m", "-Xmx768m", "-XX:+UseSerialGC");
  /** For chaos: restarts matter more than peak speed, and C1 alone starts in half the time on a busy machine. */
  static final List<String> FAST_START = List.of("-Xms256m", "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

  BrokerProcess(Path dir, List<String> jvmOptions) {
    this.dir = dir;
    this.port = freePort();
    int controllerPort = freePort();
    Path properties = dir.resolve("server.properties");
    Path logback = dir.resolve("logback-broker.xml");
    try {
      Files.createDirectories(dir.resolve("data"));
      Files.writeString(properties, String.join("\n",
          "process.roles=broker,controller",
          "node.id=1",
          "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
          "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
          "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
          "controller.listener.names=CONTROLLER",
          "inter.broker.listener.name=PLAINTEXT",
          "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
          "log.dirs=" + dir.resolve("data"),
          "num.partitions=3",
          "auto.create.topics.enable=false",
          "offsets.topic.replication.factor=1",
          "offsets.topic.num.partitions=3",
          "transaction.state.log.replication.factor=1",
          "transaction.state.log.min.isr=1",
          "transaction.state.log.num.partitions=3",
          "share.coordinator.state.topic.replication.factor=1",
          "share.coordinator.state.topic.min.isr=1",
          "group.initial.rebalance.delay.ms=0",
          // The harness's oversized-body poison is one 1 MB record; the broker takes it as any other.
          "message.max.bytes=4194304",
          ""));
      Files.writeString(logback, """
          <configuration>
            <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
              <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{30} - %msg%n</pattern></encoder>
            </appender>
            <root level="WARN"><appender-ref ref="OUT"/></root>
          </configuration>
          """);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> jvm = new java.util.ArrayList<>(jvmOptions);
    jvm.add("-Dlogback.configurationFile=" + logback);
    format(jvm, properties);
    this.process = new JavaProcess("broker", jvm, "kafka.Kafka", List.of(properties.toString()),
        dir.resolve("broker.log"), Map.of());
  }

  /** Formats the data directory once, as {@code kafka-storage.sh format} does. */
  private void format(List<String> jvm, Path properties) {
    JavaProcess format = new JavaProcess("format", jvm, "kafka.tools.StorageTool",
        List.of("format", "-t", Uuid.randomUuid().toString(), "-c", properties.toString(), "--ignore-formatted"),
        dir.resolve("format.log"), Map.of());
    format.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (format.isAlive() && System.nanoTime() < deadline) {
      pause(100);
    }
    if (format.isAlive() || format.exitCode() != 0) {
      format.kill();
      throw new IllegalStateException("kafka storage format failed:\n" + format.tail(30));
    }
  }

  String bootstrap() {
    return "127.0.0.1:" + port;
  }

  BrokerProcess start() {
    process.start();
    awaitReady();
    return this;
  }

  /** SIGKILL; the data directory stays. */
  void kill() {
    process.kill();
  }

  void restart() {
    if (process.isAlive()) {
      process.kill();
    }
    start();
  }

  long pid() {
    return process.pid();
  }

  private void awaitReady() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap());
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
    long deadline = System.nanoTime() + READY.toNanos();
    try (Admin admin = Admin.create(props)) {
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("the broker exited:\n" + process.tail(40));
        }
        try {
          admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
          admin.listTopics().names().get(5, TimeUnit.SECONDS);
          return;
        } catch (Exception notYet) {
          pause(200);
        }
      }
    }
    throw new IllegalStateException("the broker did not answer within " + READY + ":\n" + process.tail(40));
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.terminate(20);
  }
}
