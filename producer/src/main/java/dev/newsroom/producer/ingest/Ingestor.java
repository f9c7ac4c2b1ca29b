package dev.newsroom.producer.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls every source on its own schedule. A poll that fails (source down, slow, redirecting in a loop, too
 * large, not a feed) is logged, counted in the source's {@link SourceStats} and retried after a growing
 * backoff; the other sources go on.
 */
public final class Ingestor implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

  private final List<Source> sources;
  private final BackoffSettings backoff;
  private final Map<String, SourceStats> stats = new LinkedHashMap<>();
  private ScheduledExecutorService scheduler;

  public Ingestor(List<Source> sources, BackoffSettings backoff) {
    this.sources = List.copyOf(sources);
    this.backoff = backoff;
    sources.forEach(source -> stats.put(source.id(), new SourceStats(source.id(), source.kind())));
  }

  /** Polls every source once, one after the other; returns the counters. */
  public List<SourceStats> runOnce() {
    for (Source source : sources) {
      pollOnce(source);
      if (Thread.currentThread().isInterrupted()) {
        break;
      }
    }
    return stats();
  }

  /** Starts polling every source now and then at its interval (or its backoff after a failure). */
  public synchronized void start() {
    scheduler = Executors.newScheduledThreadPool(Math.max(1, Math.min(4, sources.size())), runnable -> {
      Thread thread = new Thread(runnable, "newsroom-ingest");
      thread.setDaemon(true);
      return thread;
    });
    sources.forEach(source -> scheduler.schedule(() -> loop(source), 0, TimeUnit.MILLISECONDS));
  }

  private void loop(Source source) {
    Duration next = pollOnce(source);
    synchronized (this) {
      if (scheduler != null && !scheduler.isShutdown()) {
        scheduler.schedule(() -> loop(source), next.toMillis(), TimeUnit.MILLISECONDS);
      }
    }
  }

  /** @return when to poll this source next */
  Duration pollOnce(Source source) {
    SourceStats counters = stats.get(source.id());
    try {
      PollResult result = source.poll();
      counters.recorded(result);
      if (result.published() > 0 || result.failed() > 0) {
        log.info("{} {}: {} published, {} failed, {} already seen (totals: {})", source.kind(), source.id(),
            result.published(), result.failed(), result.skipped(), counters);
      } else {
        log.debug("{} {}: nothing new{}", source.kind(), source.id(), result.notModified() ? " (304)" : "");
      }
      return source.interval();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return source.interval();
    } catch (Exception e) {
      String reason = e.getMessage() != null ? e.getMessage() : e.toString();
      int failures = counters.errored(reason);
      Duration retry = backoff.after(failures);
      log.warn("{} {} failed ({} in a row), retrying in {}: {}", source.kind(), source.id(), failures, retry, reason);
      log.debug("{} {} failure", source.kind(), source.id(), e);
      return retry;
    }
  }

  public List<SourceStats> stats() {
    return new ArrayList<>(stats.values());
  }

  public SourceStats stats(String sourceId) {
    return stats.get(sourceId);
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
      try {
        scheduler.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
