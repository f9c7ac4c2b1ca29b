package dev.newsroom.producer.ingest;

/** A fetch that failed, with a reason fit for a log line and a summary table. */
public final class FetchException extends Exception {

  public FetchException(String reason) {
    super(reason);
  }

  public FetchException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
