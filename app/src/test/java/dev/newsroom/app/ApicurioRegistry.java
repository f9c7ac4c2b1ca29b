package dev.newsroom.app;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;

/**
 * A real Apicurio Registry as a child process: the Quarkus distribution that the app module's
 * {@code apicurio-registry-it} profile unpacks into {@code target/apicurio-registry} before the integration tests,
 * on a Java 21+ ({@code $REGISTRY_JAVA}, a JDK home or its {@code java}, else
 * {@code /usr/lib/jvm/temurin-25-jdk-amd64}), with in-memory storage, both of its interfaces on loopback ports of
 * their own. A test without either is skipped with the reason.
 */
final class ApicurioRegistry implements AutoCloseable {

  static final Path DEFAULT_JAVA_HOME = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");
  private static final Duration START_PATIENCE = Duration.ofSeconds(180);
  private static final Pattern VERSION = Pattern.compile("version \"(\\d+)");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final Process process;
  private final int port;
  private final Path log;
  /** From the process's start to its readiness. */
  private Duration startedIn = Duration.ZERO;

  private ApicurioRegistry(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** Starts the registry and waits until it is ready, or skips the calling test when it cannot run here. */
  static ApicurioRegistry start() {
    Path dir = Path.of(System.getProperty("apicurio.registry.dir", "target/apicurio-registry"));
    Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("quarkus-run.jar")),
        "no Apicurio Registry unpacked at " + dir.toAbsolutePath() + " (the app module's apicurio-registry-it "
            + "profile unpacks it in pre-integration-test; it is off with -DskipITs)");
    Optional<Path> java = java21();
    Assumptions.assumeTrue(java.isPresent(), "Apicurio Registry 3.3 needs Java 21+: none at $REGISTRY_JAVA or "
        + DEFAULT_JAVA_HOME);
    int port = freePort();
    int management = freePort();
    Path log = dir.resolveSibling("apicurio-registry-it.log");
    long started = System.nanoTime();
    Process process;
    try {
      process = new ProcessBuilder(java.get().toString(), "-Xmx512m", "-XX:TieredStopAtLevel=1",
          "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + port,
          "-Dquarkus.management.host=127.0.0.1", "-Dquarkus.management.port=" + management,
          "-jar", "quarkus-run.jar")
          .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start Apicurio Registry with " + java.get(), e);
    }
    ApicurioRegistry registry = new ApicurioRegistry(process, port, log);
    try {
      URI ready = URI.create("http://127.0.0.1:" + management + "/health/ready");
      await("Apicurio Registry ready at " + ready).atMost(START_PATIENCE).pollInterval(Duration.ofMillis(250))
          .until(() -> {
            if (!process.isAlive()) {
              throw new IllegalStateException("Apicurio Registry exited with " + process.exitValue() + ": "
                  + registry.logTail());
            }
            return status(ready) == 200;
          });
    } catch (RuntimeException e) {
      registry.close();
      throw e;
    }
    registry.startedIn = Duration.ofNanos(System.nanoTime() - started);
    return registry;
  }

  Duration startedIn() {
    return startedIn;
  }

  /** The root of its Confluent-compatible API, what {@code newsroom.schema.registry.url} is set to. */
  String ccompatUrl() {
    return "http://127.0.0.1:" + port + "/apis/ccompat/v7";
  }

  /** GET on the Confluent-compatible API: the status and the body. */
  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create(ccompatUrl() + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    } catch (IOException e) {
      return "(no log at " + log + ")";
    }
  }

  private static int status(URI uri) {
    try {
      return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** A java of version 21 or later: {@code $REGISTRY_JAVA} (a JDK home or a java binary), else the default home. */
  static Optional<Path> java21() {
    String configured = System.getenv("REGISTRY_JAVA");
    Path candidate = configured == null || configured.isBlank() ? DEFAULT_JAVA_HOME : Path.of(configured);
    Path java = Files.isDirectory(candidate) ? candidate.resolve("bin").resolve("java") : candidate;
    if (!Files.isExecutable(java)) {
      return Optional.empty();
    }
    try {
      Process version = new ProcessBuilder(java.toString(), "-version").redirectErrorStream(true).start();
      String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      version.waitFor(30, TimeUnit.SECONDS);
      Matcher matcher = VERSION.matcher(text);
      return matcher.find() && Integer.parseInt(matcher.group(1)) >= 21 ? Optional.of(java) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
