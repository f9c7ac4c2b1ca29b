package dev.newsroom.app;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Gives integration tests a real Kafka broker, one per test JVM: Testcontainers' {@code apache/kafka} where a
 * Docker engine answers, otherwise a KRaft broker in this JVM from Kafka's own test kit. The environment
 * variable {@code NEWSROOM_TEST_BROKER=embedded|docker} forces one. Inject it as a test parameter.
 */
public final class KafkaBrokerExtension implements ParameterResolver {

  static final String IMAGE = "apache/kafka:4.3.1";
  private static final Logger log = LoggerFactory.getLogger(KafkaBrokerExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == KafkaBroker.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return broker(context);
  }

  /** The test JVM's broker, started on first use. */
  static KafkaBroker broker(ExtensionContext context) {
    // The root store outlives every test class and closes the broker when the JVM's tests are done.
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(KafkaBroker.class, key -> start(), RunningBroker.class).broker();
  }

  private static RunningBroker start() {
    String choice = System.getenv().getOrDefault("NEWSROOM_TEST_BROKER", "auto");
    boolean docker = switch (choice) {
      case "docker" -> true;
      case "embedded" -> false;
      default -> dockerAvailable();
    };
    try {
      RunningBroker broker = docker ? startContainer() : startEmbedded();
      log.info("integration tests use a {} broker at {}", broker.broker().kind(), broker.broker().bootstrapServers());
      return broker;
    } catch (Exception e) {
      throw new IllegalStateException("cannot start a Kafka broker for the integration tests", e);
    }
  }

  private static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static RunningBroker startEmbedded() throws Exception {
    TestKitBroker kafka = TestKitBroker.start();
    KafkaBroker broker = new Broker(kafka.bootstrapServers(), "in-JVM KRaft (KafkaClusterTestKit)");
    return new RunningBroker(broker, kafka::close);
  }

  private static RunningBroker startContainer() {
    KafkaContainer container = new KafkaContainer(IMAGE);
    container.start();
    KafkaBroker broker = new Broker(container.getBootstrapServers(), "Testcontainers " + IMAGE);
    return new RunningBroker(broker, container::stop);
  }

  private record Broker(String bootstrapServers, String kind) implements KafkaBroker {}

  /** Closed by JUnit when the root context closes. */
  record RunningBroker(KafkaBroker broker, Stopper stopper) implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Throwable {
      stopper.stop();
    }
  }

  @FunctionalInterface
  interface Stopper {
    void stop() throws Exception;
  }
}
