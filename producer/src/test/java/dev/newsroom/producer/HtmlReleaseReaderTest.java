package dev.newsroom.producer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlReleaseReaderTest {

  private static final SourceDefaults DEFAULTS = SourceDefaults.of("MFA", "ministry");

  @Test
  void shouldTakeOpenGraphDateAndUrlAndResolveThemAgainstThePage() {
    String html = "<html lang=\"km\"><head><meta property=\"og:url\" content=\"/press/1\">"
        + "<meta property=\"article:published_time\" content=\"2022-11-12T09:00:00Z\"></head>"
        + "<body><article><h1>Title</h1><p>Body.</p></article></body></html>";

    ReleaseDraft draft = HtmlReleaseReader.read(html, "https://mfa.example/news?id=1", DEFAULTS);

    assertThat(draft.url()).isEqualTo("https://mfa.example/press/1");
    assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2022-11-12T09:00:00Z"));
    assertThat(draft.language()).isEqualTo("km");
  }

  @Test
  void shouldFindJsonLdDateInsideAGraphAndFallBackToThePageUrl() {
    String html = "<html><head><script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"WebPage\"},"
        + "{\"@type\":\"NewsArticle\",\"datePublished\":\"2022-11-13\"}]}</script></head>"
        + "<body><div><p>Only paragraph.</p></div></body></html>";

    ReleaseDraft draft = HtmlReleaseReader.read(html, "https://mfa.example/p", DEFAULTS);

    assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2022-11-13T00:00:00Z"));
    assertThat(draft.url()).isEqualTo("https://mfa.example/p");
  }

  @Test
  void shouldKeepTheWholeBodyWhenTheArticleIsSpreadOverSeveralContainers() {
    String html = "<html><body><div><p>First half of the article.</p></div>"
        + "<div><p>Second half of the article.</p></div></body></html>";

    assertThat(HtmlReleaseReader.read(html, null, DEFAULTS).body())
        .contains("First half").contains("Second half");
  }
}
