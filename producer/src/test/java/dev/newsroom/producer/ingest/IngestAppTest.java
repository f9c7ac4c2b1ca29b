package dev.newsroom.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.newsroom.avro.RawRelease;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ingest application with a recording sink and state in memory: no broker. */
class IngestAppTest {

  private static final String TOKEN = "a-push-token-of-16+";

  @TempDir
  Path inbox;
  private final Fixtures.RecordingSink sink = new Fixtures.RecordingSink();
  private final List<String> closed = new CopyOnWriteArrayList<>();

  private IngestApp app(PushSettings push) {
    IngestConfig sources = new IngestConfig(null, null, push, List.of(),
        List.of(new FolderSettings("inbox", inbox.toString(), Duration.ofSeconds(1), Duration.ofMillis(1), "Desk",
            "embassy")));
    return new IngestApp(sources, sink, new MemoryIngestState(), Clock.systemUTC(),
        List.of(() -> closed.add("publisher"), () -> closed.add("state")));
  }

  @Test
  void shouldPublishEveryFolderOnceWithRunOnce() throws Exception {
    Path note = Files.writeString(inbox.resolve("note.txt"), "Embassy note\n\nThe ambassador called.");
    Files.setLastModifiedTime(note, FileTime.from(Instant.now().minusSeconds(60)));

    try (IngestApp app = app(null)) {
      List<SourceStats> stats = app.runOnce();

      assertThat(stats).singleElement().satisfies(s -> assertThat(s.failed()).isZero());
    }
    assertThat(sink.releases).extracting(RawRelease::getTitle).containsExactly("Embassy note");
  }

  @Test
  void shouldCloseWhatItOwnsOnceInReverseOrder() {
    IngestApp app = app(null);

    app.close();
    app.close();

    assertThat(closed).containsExactly("state", "publisher");
  }

  @Test
  void shouldServeThePushEndpointUntilClosedFromAnotherThread() throws Exception {
    IngestApp app = app(new PushSettings(0, "127.0.0.1", TOKEN, null, null, "Wire", "agency"));
    AtomicReference<IngestApp.Running> running = new AtomicReference<>();
    Thread runner = new Thread(() -> {
      try {
        app.runUntilStopped(running::set);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    runner.start();
    await().atMost(Duration.ofSeconds(10)).until(() -> running.get() != null);
    assertThat(running.get().polledSources()).isEqualTo(1);
    URI push = URI.create(running.get().pushAddress());
    assertThat(push.getPath()).isEqualTo(PushEndpoint.PATH);
    HttpClient http = HttpClient.newHttpClient();
    // No token: refused, but answered.
    assertThat(http.send(HttpRequest.newBuilder(push).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
        HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(401);

    app.close(); // as the shutdown hook does

    runner.join(Duration.ofSeconds(10).toMillis());
    assertThat(runner.isAlive()).isFalse();
    assertThat(closed).containsExactly("state", "publisher");
    assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(push).GET().build(),
        HttpResponse.BodyHandlers.discarding())).isInstanceOf(ConnectException.class);
  }
}
