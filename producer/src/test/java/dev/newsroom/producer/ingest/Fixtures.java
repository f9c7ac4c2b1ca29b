package dev.newsroom.producer.ingest;

import dev.newsroom.producer.PublishOutcome;
import dev.newsroom.producer.ReadItem;
import dev.newsroom.avro.RawRelease;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Fixtures the ingest tests share: feeds, pages, a recording sink, settings that allow loopback. */
final class Fixtures {

  private Fixtures() {}

  /** A sink that acknowledges everything and keeps what it got. */
  static final class RecordingSink implements ReleaseSink {
    final List<RawRelease> releases = new CopyOnWriteArrayList<>();

    @Override
    public List<PublishOutcome> publish(List<ReadItem> items) {
      List<PublishOutcome> outcomes = new ArrayList<>();
      for (ReadItem item : items) {
        if (item.isOk()) {
          releases.add(item.release());
          outcomes.add(new PublishOutcome(item.location(), item.release().getId(), null));
        } else {
          outcomes.add(new PublishOutcome(item.location(), null, item.error()));
        }
      }
      return outcomes;
    }
  }

  static HttpSettings loopbackAllowed() {
    return new HttpSettings("NewsroomTest/1.0", Duration.ofSeconds(2), 64_000L, 3, Duration.ofMillis(1), true);
  }

  static FeedSettings feed(String id, String url) {
    return new FeedSettings(id, url, Duration.ofMinutes(1), "MFA Test", "ministry", true);
  }

  static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel><title>MFA</title>"
        + "<link>https://mfa.example/</link><description>Press</description>" + String.join("", items)
        + "</channel></rss>";
  }

  static String rssItem(String guid, String title, String link, String description) {
    return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>" + link + "</link>"
        + "<pubDate>Sat, 12 Nov 2022 09:00:00 GMT</pubDate><description>" + description + "</description></item>";
  }

  /** An item with its full text in {@code content:encoded}, so its page is not fetched. */
  static String rssFullItem(String guid, String title, String link, String text) {
    return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>" + link + "</link>"
        + "<pubDate>Sat, 12 Nov 2022 09:00:00 GMT</pubDate><description>Summary</description>"
        + "<content:encoded><![CDATA[<p>" + text + "</p>]]></content:encoded></item>";
  }

  static String atom(String entryId, String title, String link, String content) {
    return "<?xml version=\"1.0\" encoding=\"utf-8\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Embassy</title><id>urn:embassy</id><updated>2022-11-13T08:00:00Z</updated>"
        + "<entry><id>" + entryId + "</id><title>" + title + "</title><link href=\"" + link + "\"/>"
        + "<published>2022-11-13T08:00:00Z</published><updated>2022-11-13T08:00:00Z</updated>"
        + "<content type=\"html\">" + content + "</content></entry></feed>";
  }

  /** An article page with navigation and footer around it, a canonical URL, JSON-LD date and language. */
  static String articlePage(String canonical, String title, String paragraph) {
    return "<!doctype html><html lang=\"en\"><head><title>" + title + " | MFA</title>"
        + "<link rel=\"canonical\" href=\"" + canonical + "\">"
        + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"datePublished\":\"2022-11-12T10:30:00+07:00\"}</script></head><body>"
        + "<nav><a href=\"/\">Home</a> <a href=\"/press\">Press</a></nav>"
        + "<div class=\"sidebar\"><p>Follow us</p></div>"
        + "<div class=\"content\"><h1>" + title + "</h1><p>" + paragraph + "</p><p>Both sides welcomed it.</p></div>"
        + "<footer><p>Copyright Ministry</p></footer></body></html>";
  }
}
