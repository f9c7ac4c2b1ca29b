package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A command pointed at an address where no broker (or no schema registry) listens: one clear line, within the time
 * it states.
 */
class UnreachableBrokerTest {

  @TempDir
  Path dir;
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

  @BeforeEach
  void captureLogs() {
    logged.start();
    root.addAppender(logged);
  }

  @AfterEach
  void releaseLogs() {
    root.detachAppender(logged);
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort(); // free once closed: nothing listens there
    }
  }

  @Test
  void shouldStopWithinTheBrokerTimeoutWithOneLineAndNoClientWarningsWhenNoBrokerAnswers() throws IOException {
    String address = "127.0.0.1:" + closedPort();
    Path file = Files.writeString(dir.resolve("a.txt"), "Ministers met.");

    // The bound is the stated timeout plus slack for a loaded machine; without the fix this took about 62 s.
    Cli result = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> Cli.run("publish", "--bootstrap-server",
        address, "--set", "newsroom.broker.timeout=2s", file.toString()));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().toList()).containsExactly("newsroom: no Kafka broker answered at " + address
        + " within 2 s (is it running? set the address with --bootstrap-server or kafka.bootstrap.servers)");
    assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(Level.WARN)).isEmpty();
  }

  @Test
  void shouldStopWithOneLineNamingTheSchemaRegistryWhenItDoesNotAnswer() throws IOException {
    String registry = "http://127.0.0.1:" + closedPort() + "/apis/ccompat/v7";
    Path file = Files.writeString(dir.resolve("a.txt"), "Ministers met.");

    Cli result = assertTimeoutPreemptively(Duration.ofSeconds(15), () -> Cli.run("publish", "--bootstrap-server",
        "127.0.0.1:" + closedPort(), "--set", "newsroom.schema.registry.url=" + registry, file.toString()));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().lines().toList()).singleElement().asString()
        .startsWith("newsroom: newsroom.schema.registry.url: the schema registry at " + registry + " is unreachable");
  }
}
