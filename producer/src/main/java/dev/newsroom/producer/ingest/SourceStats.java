package dev.newsroom.producer.ingest;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Counters of one source, readable while it runs (by tests, the summary table and the progress log). */
public final class SourceStats {

  private final String id;
  private final String kind;
  private final AtomicLong polls = new AtomicLong();
  private final AtomicLong published = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final AtomicLong notModified = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicInteger consecutiveErrors = new AtomicInteger();
  private volatile String lastError;

  public SourceStats(String id, String kind) {
    this.id = id;
    this.kind = kind;
  }

  void recorded(PollResult result) {
    polls.incrementAndGet();
    published.addAndGet(result.published());
    failed.addAndGet(result.failed());
    skipped.addAndGet(result.skipped());
    if (result.notModified()) {
      notModified.incrementAndGet();
    }
    consecutiveErrors.set(0);
    if (result.problem() != null) {
      lastError = result.problem();
    }
  }

  /** @return the number of consecutive errors, this one included */
  int errored(String reason) {
    polls.incrementAndGet();
    errors.incrementAndGet();
    lastError = reason;
    return consecutiveErrors.incrementAndGet();
  }

  void pushed(int releases) {
    polls.incrementAndGet();
    published.addAndGet(releases);
  }

  void refused(String reason) {
    failed.incrementAndGet();
    lastError = reason;
  }

  public String id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public long polls() {
    return polls.get();
  }

  public long published() {
    return published.get();
  }

  public long failed() {
    return failed.get();
  }

  public long skipped() {
    return skipped.get();
  }

  public long notModified() {
    return notModified.get();
  }

  /** Polls that failed as a whole (source down, slow, broken, too large): each is retried with backoff. */
  public long errors() {
    return errors.get();
  }

  public String lastError() {
    return lastError;
  }

  @Override
  public String toString() {
    return kind + " " + id + ": " + published + " published, " + failed + " failed, " + skipped + " seen, "
        + notModified + " not modified, " + errors + " errors";
  }
}
