package dev.newsroom.producer.ingest;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.producer.ReleasePublisher;
import dev.newsroom.schemas.TopicSpec;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

/**
 * {@code newsroom ingest} as one object: it owns the publisher, the source state, the polled sources (feeds,
 * folders) and their {@link Ingestor}, and the push endpoint. {@link #runOnce} polls every source once;
 * {@link #runUntilStopped} opens the push endpoint, starts polling and returns once {@link #close} is called (by
 * the shutdown hook) or the thread is interrupted; {@link #close} closes in the reverse order: push endpoint,
 * ingestor, then what {@link #open} opened (state, publisher), so that the last releases are flushed.
 */
public final class IngestApp implements AutoCloseable {

  /** What runs, for the line the command prints. */
  public record Running(int polledSources, String pushAddress) {}

  private final IngestConfig sources;
  private final ReleaseSink sink;
  private final Clock clock;
  private final Ingestor ingestor;
  /** What this app opened and closes last, most recent first. */
  private final Deque<AutoCloseable> owned;
  private final CountDownLatch closed = new CountDownLatch(1);
  private PushEndpoint push;

  /**
   * @param owned closed after the sources, in reverse order (what {@code sink} and {@code state} need)
   */
  public IngestApp(IngestConfig sources, ReleaseSink sink, IngestState state, Clock clock, List<AutoCloseable> owned) {
    this.sources = sources;
    this.sink = sink;
    this.clock = clock;
    this.owned = new ArrayDeque<>();
    owned.forEach(this.owned::push);
    Fetcher fetcher = new Fetcher(sources.http());
    List<Source> polled = new ArrayList<>();
    sources.feeds().forEach(feed -> polled.add(new FeedSource(feed, fetcher, state, sink, clock)));
    sources.folders().forEach(folder -> polled.add(new FolderSource(folder, state, sink, clock)));
    this.ingestor = new Ingestor(polled, sources.backoff());
  }

  /**
   * Opens the publisher to {@code raw} and the state kept in the compacted {@code stateTopic}; either is closed
   * again when the other cannot be opened.
   */
  public static IngestApp open(IngestConfig sources, Properties producer, Properties consumer,
      TopicSpec<String, RawRelease> raw, String stateTopic) {
    ReleasePublisher publisher = new ReleasePublisher(producer, raw);
    try {
      KafkaIngestState state = new KafkaIngestState(producer, consumer, stateTopic);
      return new IngestApp(sources, publisher::publish, state, Clock.systemUTC(), List.of(publisher, state));
    } catch (RuntimeException e) {
      publisher.close();
      throw e;
    }
  }

  /** Polls every feed and folder once, one after the other; the push endpoint is not opened. */
  public List<SourceStats> runOnce() {
    return ingestor.runOnce();
  }

  /**
   * Opens the push endpoint (if configured), starts polling, tells {@code started} what runs, and waits for
   * {@link #close}; an interrupt is a request to stop too (whoever ran this in-process), answered by returning.
   *
   * @throws IOException when the push endpoint cannot bind its port
   */
  public void runUntilStopped(Consumer<Running> started) throws IOException {
    String pushAddress = null;
    synchronized (this) {
      if (closed.getCount() == 0) {
        return;
      }
      if (sources.push() != null) {
        push = new PushEndpoint(sources.push(), sink, clock, new SourceStats("push", "push"));
        push.start();
        pushAddress = "http://" + sources.push().host() + ":" + push.port() + PushEndpoint.PATH;
      }
      ingestor.start();
    }
    started.accept(new Running(ingestor.stats().size(), pushAddress));
    try {
      closed.await();
    } catch (InterruptedException e) {
      // a request to stop: the caller closes
    }
  }

  /** The polled sources' counters. */
  public List<SourceStats> stats() {
    return ingestor.stats();
  }

  /** Closes once; a second call (the shutdown hook's and the command's) waits for the first to finish. */
  @Override
  public synchronized void close() {
    if (closed.getCount() == 0) {
      return;
    }
    closed.countDown(); // runUntilStopped returns while this thread closes
    RuntimeException first = null;
    List<AutoCloseable> order = new ArrayList<>();
    if (push != null) {
      order.add(push);
    }
    order.add(ingestor);
    order.addAll(owned);
    for (AutoCloseable closeable : order) {
      try {
        closeable.close();
      } catch (Exception e) {
        if (first == null) {
          first = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } else {
          first.addSuppressed(e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
