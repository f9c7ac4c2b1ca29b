package dev.newsroom.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResilienceTest {

  private FixtureServer server;
  private final Fixtures.RecordingSink sink = new Fixtures.RecordingSink();
  private final MemoryIngestState state = new MemoryIngestState();

  @BeforeEach
  void start() throws Exception {
    server = new FixtureServer();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FeedSource feed(Fetcher fetcher, String id, String path) {
    return new FeedSource(Fixtures.feed(id, server.url(path)), fetcher, state, sink, Clock.systemUTC());
  }

  @Test
  void shouldReportEachBrokenSourceWhileTheHealthyOneKeepsPublishing() {
    HttpSettings http = new HttpSettings("NewsroomTest/1.0", Duration.ofMillis(500), 2_000L, 3,
        Duration.ofMillis(1), true);
    Fetcher fetcher = new Fetcher(http);
    server.serve("/good.xml", "application/rss+xml",
        Fixtures.rss(Fixtures.rssFullItem("g", "Good", "https://mfa.example/g", "Good text.")), null);
    server.serve("/broken.xml", "application/rss+xml", "<rss><channel><item>unclosed", null);
    server.on("/error.xml", exchange -> exchange.sendResponseHeaders(500, -1));
    server.on("/slow.xml", exchange -> {
      try {
        // A server that answers only after the client's time limit: hold the exchange open, then answer.
        new java.util.concurrent.CountDownLatch(1).await(3, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(200, -1);
    });
    server.serve("/huge.xml", "application/rss+xml", "x".repeat(10_000), null);
    server.on("/loop.xml", exchange -> {
      exchange.getResponseHeaders().set("Location", "/loop.xml");
      exchange.sendResponseHeaders(302, -1);
    });
    Ingestor ingestor = new Ingestor(List.of(
        feed(fetcher, "broken", "/broken.xml"), feed(fetcher, "error", "/error.xml"),
        feed(fetcher, "slow", "/slow.xml"), feed(fetcher, "huge", "/huge.xml"),
        feed(fetcher, "loop", "/loop.xml"), feed(fetcher, "good", "/good.xml")),
        new BackoffSettings(Duration.ofMillis(10), Duration.ofMillis(100)));

    ingestor.runOnce();

    assertThat(ingestor.stats("good").published()).isEqualTo(1);
    assertThat(ingestor.stats("good").errors()).isZero();
    assertThat(ingestor.stats("broken").lastError()).contains("not a valid RSS or Atom feed");
    assertThat(ingestor.stats("error").lastError()).contains("HTTP 500");
    assertThat(ingestor.stats("slow").lastError()).contains("timed out");
    assertThat(ingestor.stats("huge").lastError()).contains("larger than 2000 bytes");
    assertThat(ingestor.stats("loop").lastError()).contains("redirect loop");
    assertThat(List.of("broken", "error", "slow", "huge", "loop"))
        .allSatisfy(id -> assertThat(ingestor.stats(id).errors()).isEqualTo(1));
    assertThat(SummaryTable.format(ingestor.stats())).contains("good").contains("1 published, 0 failed, 5 source errors");
  }

  @Test
  void shouldRetryFailingSourceWithGrowingBackoff() {
    BackoffSettings backoff = new BackoffSettings(Duration.ofSeconds(30), Duration.ofMinutes(5));
    assertThat(backoff.after(1)).isEqualTo(Duration.ofSeconds(30));
    assertThat(backoff.after(2)).isEqualTo(Duration.ofSeconds(60));
    assertThat(backoff.after(10)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void shouldRefuseLoopbackAddressUnlessAllowed() {
    Fetcher strict = new Fetcher(HttpSettings.defaults());
    server.serve("/feed.xml", "application/rss+xml", Fixtures.rss(), null);

    assertThatThrownBy(() -> strict.get(server.url("/feed.xml"), Fetcher.Validators.NONE))
        .isInstanceOf(FetchException.class).hasMessageContaining("private or loopback");
    assertThat(server.requests).isEmpty();
  }

  @Test
  void shouldRefuseSchemesOtherThanHttp() {
    Fetcher fetcher = new Fetcher(Fixtures.loopbackAllowed());
    assertThatThrownBy(() -> fetcher.get("file:///etc/passwd", Fetcher.Validators.NONE))
        .isInstanceOf(FetchException.class).hasMessageContaining("only http and https");
  }

  @Test
  void shouldRefuseRedirectToPrivateAddress() {
    Fetcher fetcher = new Fetcher(HttpSettings.defaults());
    assertThat(AddressGuard.isInternal(java.net.InetAddress.getLoopbackAddress())).isTrue();
    assertThatThrownBy(() -> fetcher.get("http://10.0.0.1/feed", Fetcher.Validators.NONE))
        .hasMessageContaining("private or loopback");
  }

  @Test
  void shouldKeepPollingOnScheduleAndCountErrorsOfADownSource() {
    Fetcher fetcher = new Fetcher(Fixtures.loopbackAllowed());
    server.on("/down.xml", exchange -> exchange.sendResponseHeaders(503, -1));
    try (Ingestor ingestor = new Ingestor(List.of(feed(fetcher, "down", "/down.xml")),
        new BackoffSettings(Duration.ofMillis(20), Duration.ofMillis(50)))) {
      ingestor.start();
      org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
          .until(() -> ingestor.stats("down").errors() >= 3);
    }
  }
}
