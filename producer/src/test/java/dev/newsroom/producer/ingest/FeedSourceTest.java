package dev.newsroom.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.producer.TestPdf;
import dev.newsroom.avro.RawRelease;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedSourceTest {

  private FixtureServer server;
  private final Fixtures.RecordingSink sink = new Fixtures.RecordingSink();
  private final MemoryIngestState state = new MemoryIngestState();
  private Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new FixtureServer();
    fetcher = new Fetcher(Fixtures.loopbackAllowed());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private FeedSource source(String path) {
    return new FeedSource(Fixtures.feed("mfa", server.url(path)), fetcher, state, sink, Clock.systemUTC());
  }

  @Test
  void shouldPublishSummaryOnlyEntryOnceWithTheLinkedArticleExtracted() throws Exception {
    String canonical = "https://mfa.example/press/2022/11/12/upgrade";
    server.serve("/article", "text/html; charset=utf-8",
        Fixtures.articlePage(canonical, "Japan and Cambodia upgrade ties", "Japan and Cambodia agreed today."), null);
    server.serve("/feed.xml", "application/rss+xml",
        Fixtures.rss(Fixtures.rssItem("mfa-1", "Feed title", server.url("/article"), "A short summary")), "\"v1\"");

    PollResult result = source("/feed.xml").poll();

    assertThat(result.published()).isEqualTo(1);
    RawRelease release = sink.releases.get(0);
    assertThat(release.getTitle()).isEqualTo("Japan and Cambodia upgrade ties");
    assertThat(release.getBody()).contains("Japan and Cambodia agreed today.", "Both sides welcomed it.")
        .doesNotContain("Home", "Follow us", "Copyright");
    assertThat(release.getPublishedAt()).isEqualTo(Instant.parse("2022-11-12T03:30:00Z"));
    assertThat(release.getUrl()).isEqualTo(canonical);
    assertThat(release.getLanguage()).isEqualTo("en");
    assertThat(release.getId()).isEqualTo(dev.newsroom.producer.ReleaseIds.forUrl(canonical));
    assertThat(release.getSource().getName()).isEqualTo("MFA Test");
  }

  @Test
  void shouldTakeAtomEntryContentWithoutFetchingThePage() throws Exception {
    server.serve("/atom.xml", "application/atom+xml", Fixtures.atom("urn:e1", "Embassy note",
        "https://embassy.example/notes/1", "&lt;p&gt;The ambassador met the minister.&lt;/p&gt;"), null);

    source("/atom.xml").poll();

    assertThat(sink.releases).singleElement().satisfies(release -> {
      assertThat(release.getTitle()).isEqualTo("Embassy note");
      assertThat(release.getBody()).isEqualTo("The ambassador met the minister.");
      assertThat(release.getUrl()).isEqualTo("https://embassy.example/notes/1");
      assertThat(release.getPublishedAt()).isEqualTo(Instant.parse("2022-11-13T08:00:00Z"));
    });
    assertThat(server.requestsTo("/notes/1")).isEmpty();
  }

  @Test
  void shouldSendConditionalRequestAndPublishNothingWhenFeedIsUnchanged() throws Exception {
    server.serve("/feed.xml", "application/rss+xml",
        Fixtures.rss(Fixtures.rssFullItem("a", "A", "https://mfa.example/a", "Full text of A.")), "\"v1\"");
    FeedSource feed = source("/feed.xml");
    feed.poll();

    PollResult second = feed.poll();

    assertThat(second.notModified()).isTrue();
    assertThat(sink.releases).hasSize(1);
    FixtureServer.Request last = server.requestsTo("/feed.xml").get(1);
    assertThat(last.headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(last.headers().getFirst("User-Agent")).isEqualTo("NewsroomTest/1.0");
    assertThat(last.status()).isEqualTo(304);
  }

  @Test
  void shouldSendIfModifiedSinceWhenTheServerGaveOnlyLastModified() throws Exception {
    String lastModified = "Sat, 12 Nov 2022 09:00:00 GMT";
    byte[] body = Fixtures.rss(Fixtures.rssFullItem("a", "A", "https://mfa.example/a", "Full text of A."))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    server.on("/feed.xml", exchange -> {
      if (lastModified.equals(exchange.getRequestHeaders().getFirst("If-Modified-Since"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      exchange.getResponseHeaders().set("Last-Modified", lastModified);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    });
    FeedSource feed = source("/feed.xml");
    feed.poll();

    assertThat(feed.poll().notModified()).isTrue();
    assertThat(server.requestsTo("/feed.xml").get(1).status()).isEqualTo(304);
    assertThat(sink.releases).hasSize(1);
  }

  @Test
  void shouldPublishOnlyNewEntriesWhenRestartedWithTheSameState() throws Exception {
    server.serve("/feed.xml", "application/rss+xml",
        Fixtures.rss(Fixtures.rssFullItem("a", "A", "https://mfa.example/a", "Full text of A.")), "\"v1\"");
    source("/feed.xml").poll();
    server.serve("/feed.xml", "application/rss+xml", Fixtures.rss(
        Fixtures.rssFullItem("b", "B", "https://mfa.example/b", "Full text of B."),
        Fixtures.rssFullItem("a", "A", "https://mfa.example/a", "Full text of A.")), "\"v2\"");

    PollResult afterRestart = source("/feed.xml").poll();

    assertThat(afterRestart.published()).isEqualTo(1);
    assertThat(afterRestart.skipped()).isEqualTo(1);
    assertThat(sink.releases).extracting(RawRelease::getTitle).containsExactly("A", "B");
  }

  @Test
  void shouldExtractLinkedPdfWhenEntryPointsToOne() throws Exception {
    server.serveBytes("/statement.pdf", "application/pdf",
        TestPdf.of("Joint statement", "Japan and Cambodia elevate their partnership."));
    server.serve("/feed.xml", "application/rss+xml",
        Fixtures.rss(Fixtures.rssItem("pdf-1", "Statement", server.url("/statement.pdf"), "See PDF")), null);

    source("/feed.xml").poll();

    assertThat(sink.releases).singleElement().satisfies(release -> {
      assertThat(release.getTitle()).isEqualTo("Joint statement");
      assertThat(release.getBody()).contains("Japan and Cambodia elevate their partnership.");
      assertThat(release.getUrl()).isEqualTo(server.url("/statement.pdf"));
      assertThat(release.getPublishedAt()).isEqualTo(Instant.parse("2022-11-12T09:00:00Z"));
    });
  }

  @Test
  void shouldRetryEntryWhoseArticleFailedAndKeepTheValidatorsUnstored() throws Exception {
    server.on("/broken-article", exchange -> exchange.sendResponseHeaders(500, -1));
    server.serve("/feed.xml", "application/rss+xml",
        Fixtures.rss(Fixtures.rssItem("x", "X", server.url("/broken-article"), "summary")), "\"v1\"");
    FeedSource feed = source("/feed.xml");

    PollResult first = feed.poll();
    assertThat(first.failed()).isEqualTo(1);
    server.serve("/broken-article", "text/html", Fixtures.articlePage("https://mfa.example/x", "X", "Now up."), null);
    PollResult second = feed.poll();

    assertThat(second.published()).isEqualTo(1);
    assertThat(server.requestsTo("/feed.xml").get(1).headers().getFirst("If-None-Match")).isNull();
  }
}
