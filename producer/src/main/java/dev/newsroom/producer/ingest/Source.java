package dev.newsroom.producer.ingest;

import java.time.Duration;

/** Something polled on a schedule: a feed or a watched folder. A poll that throws is retried with backoff. */
public interface Source {

  String id();

  /** {@code feed} or {@code folder}, for logs and the summary. */
  String kind();

  Duration interval();

  PollResult poll() throws Exception;
}
