package dev.newsroom.producer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages, through jsoup: title from {@code og:title}, {@code <h1>} or {@code <title>}; body from
 * {@code <article>}, {@code <main>}, the container holding most paragraph text, or {@code <body>}, without
 * scripts, navigation, headers and footers, one paragraph per block element; date from
 * {@code article:published_time} or JSON-LD {@code datePublished}; language from {@code <html lang>}; URL
 * from the canonical link, else {@code og:url}, else the address the page was fetched from.
 */
public final class HtmlReleaseReader {

  private static final String BOILERPLATE = "script, style, noscript, nav, header, footer, aside, form, iframe, "
      + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
  private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td, dd, dt";
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlReleaseReader() {}

  static ReleaseDraft read(String html, SourceDefaults defaults) {
    return read(html, null, defaults);
  }

  /**
   * Extracts the article of a web page.
   *
   * @param pageUrl where the page was fetched from, to resolve relative links and as the URL of last resort
   */
  public static ReleaseDraft read(String html, String pageUrl, SourceDefaults defaults) {
    Document page = pageUrl == null ? Jsoup.parse(html) : Jsoup.parse(html, pageUrl);
    Instant published = lenientDate(page.select("meta[property=article:published_time]").attr("content"));
    if (published == null) {
      published = jsonLdDatePublished(page);
    }
    page.select(BOILERPLATE).remove();
    Element content = first(page.selectFirst("article"), page.selectFirst("main"), densest(page), page.body());
    String body = textOf(content);
    if (body.isBlank()) {
      throw new IllegalArgumentException("HTML page has no text in its article, main or body");
    }
    String title = firstNonBlank(
        page.select("meta[property=og:title]").attr("content"),
        page.select("h1").text(),
        page.title());
    String url = firstNonBlank(page.select("link[rel=canonical]").attr("abs:href"),
        page.select("meta[property=og:url]").attr("abs:content"), pageUrl);
    String lang = page.select("html").attr("lang");
    return new ReleaseDraft(null, title, body, url, published, lang.isBlank() ? null : lang, defaults.toSource());
  }

  /**
   * The element whose own paragraphs hold the most text, the article of pages without article or main tags;
   * none when it holds less than two thirds of the page's paragraph text (the article is spread out: take
   * the body).
   */
  private static Element densest(Document page) {
    Element best = null;
    int bestLength = 0;
    for (Element container : page.select("div, section")) {
      int length = 0;
      for (Element p : container.children()) {
        if (p.is("p, blockquote, ul, ol, h2, h3")) {
          length += p.text().length();
        }
      }
      if (length > bestLength) {
        best = container;
        bestLength = length;
      }
    }
    int total = page.select("p, blockquote, ul, ol, h2, h3").stream()
        .filter(e -> e.parents().stream().noneMatch(p -> p.is("p, blockquote, ul, ol, h2, h3")))
        .mapToInt(e -> e.text().length()).sum();
    return bestLength * 3 >= total * 2 ? best : null;
  }

  private static Instant jsonLdDatePublished(Document page) {
    for (Element script : page.select("script[type=application/ld+json]")) {
      try {
        JsonNode root = JSON.readTree(script.data());
        Instant found = findDate(root);
        if (found != null) {
          return found;
        }
      } catch (java.io.IOException | RuntimeException e) {
        // a broken JSON-LD block is ignored: the date is optional
      }
    }
    return null;
  }

  private static Instant findDate(JsonNode node) {
    if (node.isArray()) {
      for (JsonNode item : node) {
        Instant found = findDate(item);
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      if (node.hasNonNull("datePublished")) {
        return lenientDate(node.get("datePublished").asText());
      }
      if (node.has("@graph")) {
        return findDate(node.get("@graph"));
      }
    }
    return null;
  }

  private static Instant lenientDate(String text) {
    try {
      return PublishedDates.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
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
