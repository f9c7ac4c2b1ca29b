package dev.newsroom.producer;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages, through jsoup: title from {@code og:title}, {@code <h1>} or {@code <title>}; body from
 * {@code <article>}, {@code <main>} or {@code <body>} without scripts, navigation, headers and footers, one
 * paragraph per block element; date from {@code article:published_time}; URL from the canonical link.
 */
final class HtmlReleaseReader {

  private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt";

  private HtmlReleaseReader() {}

  static ReleaseDraft read(String html, SourceDefaults defaults) {
    Document page = Jsoup.parse(html);
    page.select(BOILERPLATE).remove();
    Element content = first(page.selectFirst("article"), page.selectFirst("main"), page.body());
    String body = textOf(content);
    if (body.isBlank()) {
      throw new IllegalArgumentException("HTML page has no text in its article, main or body");
    }
    String title = firstNonBlank(
        page.select("meta[property=og:title]").attr("content"),
        page.select("h1").text(),
        page.title());
    String published = page.select("meta[property=article:published_time]").attr("content");
    String url = page.select("link[rel=canonical]").attr("abs:href");
    String lang = page.select("html").attr("lang");
    return new ReleaseDraft(null, title, body, url.isBlank() ? null : url,
        PublishedDates.parse(published), lang.isBlank() ? null : lang, defaults.toSource());
  }

  private static String textOf(Element content) {
    Elements blocks = content.select(BLOCKS);
    if (blocks.isEmpty()) {
      return content.text();
    }
    StringBuilder text = new StringBuilder();
    for (Element block : blocks) {
      // Nested blocks (a <p> in an <li>) would repeat their text; keep the innermost only.
      if (!block.select(BLOCKS).stream().allMatch(inner -> inner == block)) {
        continue;
      }
      String line = block.text().strip();
      if (!line.isEmpty()) {
        text.append(line).append("\n\n");
      }
    }
    return text.toString().strip();
  }

  private static Element first(Element... candidates) {
    for (Element candidate : candidates) {
      if (candidate != null && !candidate.text().isBlank()) {
        return candidate;
      }
    }
    return candidates[candidates.length - 1];
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
