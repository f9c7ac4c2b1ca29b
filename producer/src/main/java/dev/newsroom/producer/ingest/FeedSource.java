package dev.newsroom.producer.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.newsroom.producer.PublishOutcome;
import dev.newsroom.producer.ReadItem;
import dev.newsroom.producer.ReleaseDraft;
import dev.newsroom.producer.SourceDefaults;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An RSS 2.0 or Atom feed. Each poll is a conditional GET with the validators of the last complete poll; every
 * entry not seen before is published once (its linked page fetched and extracted when the entry holds only a
 * summary), then remembered in the state. An entry that could not be read is retried on the next poll, and
 * the validators are stored only when every entry went through, so nothing is skipped.
 */
public final class FeedSource implements Source {

  private static final Logger log = LoggerFactory.getLogger(FeedSource.class);
  static final String ETAG = "etag";
  static final String LAST_MODIFIED = "last-modified";
  static final String ENTRY = "entry:";

  private final FeedSettings settings;
  private final Fetcher fetcher;
  private final IngestState state;
  private final ReleaseSink sink;
  private final Clock clock;
  private final SourceDefaults defaults;

  public FeedSource(FeedSettings settings, Fetcher fetcher, IngestState state, ReleaseSink sink, Clock clock) {
    this.settings = settings;
    this.fetcher = fetcher;
    this.state = state;
    this.sink = sink;
    this.clock = clock;
    this.defaults = SourceDefaults.of(settings.source(), settings.kind());
  }

  @Override
  public String id() {
    return settings.id();
  }

  @Override
  public String kind() {
    return "feed";
  }

  @Override
  public Duration interval() {
    return settings.interval();
  }

  @Override
  public PollResult poll() throws FetchException, InterruptedException {
    FetchResult answer = fetcher.get(settings.url(),
        new Fetcher.Validators(state.get(id(), ETAG), state.get(id(), LAST_MODIFIED)));
    if (answer.notModified()) {
      log.debug("feed {} not modified", id());
      return PollResult.NOT_MODIFIED;
    }
    List<SyndEntry> entries = parse(answer).getEntries();
    List<String> keys = new ArrayList<>();
    List<ReadItem> items = new ArrayList<>();
    int skipped = 0;
    for (SyndEntry entry : entries) {
      String key = ENTRY + entryKey(entry);
      if (state.get(id(), key) != null || keys.contains(key)) {
        skipped++;
        continue;
      }
      keys.add(key);
      items.add(read(entry));
    }
    List<PublishOutcome> outcomes = items.isEmpty() ? List.of() : sink.publish(items);
    int published = 0;
    int failed = 0;
    String problem = null;
    for (int i = 0; i < outcomes.size(); i++) {
      PublishOutcome outcome = outcomes.get(i);
      if (outcome.isPublished()) {
        state.put(id(), keys.get(i), outcome.releaseId());
        published++;
        log.debug("feed {}: published {} as {}", id(), outcome.location(), outcome.releaseId());
      } else {
        failed++;
        problem = problem != null ? problem : outcome.location() + ": " + outcome.error();
        log.warn("feed {}: {} failed: {}", id(), outcome.location(), outcome.error());
      }
    }
    if (failed == 0) {
      if (answer.etag() != null) {
        state.put(id(), ETAG, answer.etag());
      }
      if (answer.lastModified() != null) {
        state.put(id(), LAST_MODIFIED, answer.lastModified());
      }
    }
    return new PollResult(published, failed, skipped, false, problem);
  }

  private SyndFeed parse(FetchResult answer) throws FetchException {
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      return input.build(new XmlReader(new ByteArrayInputStream(answer.body())));
    } catch (Exception e) {
      throw new FetchException("not a valid RSS or Atom feed at " + answer.url() + ": " + firstLine(e.getMessage()));
    }
  }

  /** The entry's id (guid, Atom id), else its link, else its title and date. */
  static String entryKey(SyndEntry entry) {
    if (entry.getUri() != null && !entry.getUri().isBlank()) {
      return entry.getUri().strip();
    }
    if (entry.getLink() != null && !entry.getLink().isBlank()) {
      return entry.getLink().strip();
    }
    return entry.getTitle() + "@" + entry.getPublishedDate();
  }

  private ReadItem read(SyndEntry entry) {
    String location = settings.url() + "#" + entryKey(entry);
    try {
      return new ReadItem(location, draft(entry).toRelease(id(), clock.instant()), null);
    } catch (FetchException | RuntimeException e) {
      return new ReadItem(location, null, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new ReadItem(location, null, "interrupted");
    }
  }

  private ReleaseDraft draft(SyndEntry entry) throws FetchException, InterruptedException {
    String link = entry.getLink() == null || entry.getLink().isBlank() ? null
        : java.net.URI.create(settings.url()).resolve(entry.getLink().strip()).toString();
    Instant entryDate = entry.getPublishedDate() != null ? entry.getPublishedDate().toInstant()
        : entry.getUpdatedDate() != null ? entry.getUpdatedDate().toInstant() : null;
    String title = entry.getTitle() == null || entry.getTitle().isBlank() ? null : entry.getTitle().strip();
    String content = entry.getContents().stream().map(SyndContent::getValue)
        .filter(v -> v != null && !v.isBlank()).collect(Collectors.joining("\n"));
    if (content.isBlank() && settings.fetchArticles() && link != null) {
      ReleaseDraft page = PageReader.read(fetcher.get(link, Fetcher.Validators.NONE), defaults);
      return new ReleaseDraft(null, page.title() != null ? page.title() : title, page.body(),
          page.url() != null ? page.url() : link, page.publishedAt() != null ? page.publishedAt() : entryDate,
          page.language(), page.source());
    }
    String html = !content.isBlank() ? content
        : entry.getDescription() != null ? entry.getDescription().getValue() : null;
    if (html == null || html.isBlank()) {
      throw new IllegalArgumentException("entry has no text and no link to fetch");
    }
    ReleaseDraft text = dev.newsroom.producer.HtmlReleaseReader.read("<html><body>" + html + "</body></html>",
        link, defaults);
    return new ReleaseDraft(null, title, text.body(), link, entryDate, null, defaults.toSource());
  }

  private static String firstLine(String text) {
    return text == null ? "unreadable" : text.lines().findFirst().orElse(text);
  }
}
