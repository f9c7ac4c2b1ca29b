package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.producer.TestPdf;
import dev.newsroom.schemas.Contracts;
import java.io.IOException;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsroom ingest} on a real broker: feeds with the state topic across restarts, and the push endpoint. */
@ExtendWith(KafkaBrokerExtension.class)
class IngestCommandIT {

  private static final String TOKEN = "it-token-0123456789abcdef";
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir
  Path dir;
  private String prefix;
  private HttpServer feedServer;
  private final AtomicReference<String> feed = new AtomicReference<>();
  private final List<String> conditions = new java.util.concurrent.CopyOnWriteArrayList<>();

  @BeforeEach
  void start() throws IOException {
    prefix = "ingest-" + UUID.randomUUID().toString().substring(0, 8);
    feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    feedServer.createContext("/feed.xml", exchange -> {
      try (exchange) {
        String etag = "\"" + Integer.toHexString(feed.get().hashCode()) + "\"";
        String condition = exchange.getRequestHeaders().getFirst("If-None-Match");
        conditions.add(condition == null ? "none" : condition);
        if (etag.equals(condition)) {
          exchange.sendResponseHeaders(304, -1);
          return;
        }
        byte[] body = feed.get().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
        exchange.getResponseHeaders().set("ETag", etag);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
      }
    });
    feedServer.start();
  }

  @AfterEach
  void stop() {
    feedServer.stop(0);
  }

  private String[] args(KafkaBroker broker, Path sources, String... more) {
    String[] base = {"ingest", "--sources", sources.toString(), "--bootstrap-server", broker.bootstrapServers(),
        "--set", "newsroom.topic.raw=" + prefix + ".raw", "--set", "newsroom.topic.ingest.state=" + prefix + ".state"};
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static String rss(String... items) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
        + "<channel><title>MFA</title><link>https://mfa.example/</link><description>d</description>"
        + String.join("", items) + "</channel></rss>";
  }

  private static String item(String id) {
    return "<item><guid>" + id + "</guid><title>Release " + id + "</title><link>https://mfa.example/" + id
        + "</link><content:encoded><![CDATA[<p>Text of " + id + ".</p>]]></content:encoded></item>";
  }

  @Test
  void shouldPublishOnlyTheNewEntriesAndSendStoredEtagWhenRestartedBetweenPolls(KafkaBroker broker) throws IOException {
    Path sources = Files.writeString(dir.resolve("sources.yaml"), """
        http: {allow_private_addresses: true, per_host_interval: 1ms}
        feeds:
          - {id: mfa, url: "http://127.0.0.1:%d/feed.xml", source: MFA Test, kind: ministry}
        """.formatted(feedServer.getAddress().getPort()));
    feed.set(rss(item("a")));

    Cli first = Cli.run(args(broker, sources, "--once"));
    feed.set(rss(item("b"), item("a")));
    Cli second = Cli.run(args(broker, sources, "--once"));
    Cli third = Cli.run(args(broker, sources, "--once"));

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("1 published, 0 failed, 0 source errors");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.out()).contains("1 published, 0 failed, 0 source errors");
    assertThat(third.out()).contains("0 published, 0 failed, 0 source errors");
    // each restarted run sent the ETag the previous one stored in the state topic; the third got a 304
    String firstTag = "\"" + Integer.toHexString(rss(item("a")).hashCode()) + "\"";
    String secondTag = "\"" + Integer.toHexString(rss(item("b"), item("a")).hashCode()) + "\"";
    assertThat(conditions).containsExactly("none", firstTag, secondTag);
    try (RecordedTopic<RawRelease> raw = new RecordedTopic<>(broker.bootstrapServers(), prefix + ".raw",
        Contracts.RAW_RELEASE.deserializer())) {
      await().atMost(PATIENCE).untilAsserted(() -> assertThat(raw.values()).extracting(RawRelease::getTitle)
          .containsExactlyInAnyOrder("Release a", "Release b"));
    }
  }

  @Test
  void shouldPublishWatchedFolderFilesIncludingPdfAndMoveThemToDoneOrFailed(KafkaBroker broker) throws Exception {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(inbox.resolve("note.txt"), "Embassy note\n\nThe ambassador called on the minister.");
    Files.write(inbox.resolve("statement.pdf"), TestPdf.of("Joint statement", "Both ministers signed the agreement."));
    Files.writeString(inbox.resolve("scan.pdf"), "not a PDF");
    for (Path file : List.of(inbox.resolve("note.txt"), inbox.resolve("statement.pdf"), inbox.resolve("scan.pdf"))) {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(60)));
    }
    Path sources = Files.writeString(dir.resolve("folder.yaml"), """
        folders:
          - {id: inbox, path: "%s", source: Embassy Desk, kind: embassy}
        """.formatted(inbox));

    Cli cli = Cli.run(args(broker, sources, "--once"));

    assertThat(cli.exitCode()).isEqualTo(1); // the bad scan
    assertThat(cli.out()).contains("2 published, 1 failed");
    assertThat(inbox.resolve("done/statement.pdf")).exists();
    assertThat(inbox.resolve("done/note.txt")).exists();
    assertThat(Files.readString(inbox.resolve("failed/scan.pdf.reason.txt"))).contains("not a readable PDF");
    try (RecordedTopic<RawRelease> raw = new RecordedTopic<>(broker.bootstrapServers(), prefix + ".raw",
        Contracts.RAW_RELEASE.deserializer())) {
      await().atMost(PATIENCE).untilAsserted(() -> assertThat(raw.values()).extracting(RawRelease::getTitle)
          .containsExactlyInAnyOrder("Embassy note", "Joint statement"));
    }
  }

  @Test
  void shouldFailAtStartUpWithTheReasonForAnInvalidSourcesFile(KafkaBroker broker) throws IOException {
    Path sources = Files.writeString(dir.resolve("bad.yaml"), "feeds:\n  - {id: x, url: 'gopher://x/'}\n");

    Cli cli = Cli.run(args(broker, sources, "--once"));

    assertThat(cli.exitCode()).isEqualTo(2);
    assertThat(cli.err()).contains("bad.yaml").contains("must be http or https");
  }

  @Test
  void shouldPublishAPushedBatchToTheRawTopicOnlyWithTheRightToken(KafkaBroker broker) throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path sources = Files.writeString(dir.resolve("push.yaml"), """
        push: {port: %d, host: 127.0.0.1, token: %s, max_body_bytes: 10000}
        """.formatted(port, TOKEN));
    AtomicReference<Cli> result = new AtomicReference<>();
    Thread runner = new Thread(() -> result.set(Cli.run(args(broker, sources))), "ingest-under-test");
    runner.start();
    HttpClient client = HttpClient.newHttpClient();
    URI endpoint = URI.create("http://127.0.0.1:" + port + "/releases");
    String batch = "[{\"id\":\"push-1\",\"title\":\"One\",\"text\":\"First pushed.\"},"
        + "{\"id\":\"push-2\",\"text\":\"Second pushed.\",\"kind\":\"agency\"}]";
    try {
      HttpResponse<String> accepted = await().atMost(PATIENCE).ignoreExceptions()
          .until(() -> post(client, endpoint, TOKEN, batch), response -> response != null);
      HttpResponse<String> badToken = post(client, endpoint, "wrong", batch);
      HttpResponse<String> badBody = post(client, endpoint, TOKEN, "[{\"title\":\"no text\"}]");
      HttpResponse<String> tooLarge = post(client, endpoint, TOKEN, "{\"text\":\"" + "x".repeat(20_000) + "\"}");

      assertThat(accepted.statusCode()).isEqualTo(201);
      assertThat(accepted.body()).isEqualTo("{\"ids\":[\"push-1\",\"push-2\"]}");
      assertThat(badToken.statusCode()).isEqualTo(401);
      assertThat(badBody.statusCode()).isEqualTo(400);
      assertThat(badBody.body()).contains("missing");
      assertThat(tooLarge.statusCode()).isEqualTo(413);
      try (RecordedTopic<RawRelease> raw = new RecordedTopic<>(broker.bootstrapServers(), prefix + ".raw",
          Contracts.RAW_RELEASE.deserializer())) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(raw.records())
            .extracting(record -> record.key()).containsExactlyInAnyOrder("push-1", "push-2"));
      }
    } finally {
      runner.interrupt();
      runner.join(PATIENCE.toMillis());
    }
    assertThat(result.get().exitCode()).as(result.get().err()).isZero();
  }

  private static HttpResponse<String> post(HttpClient client, URI endpoint, String token, String body)
      throws IOException, InterruptedException {
    return client.send(HttpRequest.newBuilder(endpoint).header("Authorization", "Bearer " + token)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
