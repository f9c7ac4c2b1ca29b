package dev.newsroom.consumer.channel;

/**
 * An alert could not be delivered; its offset is not committed, so it is delivered again later. A
 * {@linkplain #permanent() permanent} failure (the receiver refused it, or the endpoint is gone) is not worth
 * retrying: routed delivery parks such an alert at once.
 */
public class DeliveryException extends Exception {

  private final boolean permanent;

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
    this.permanent = false;
  }

  public DeliveryException(String message) {
    this(message, false);
  }

  public DeliveryException(String message, boolean permanent) {
    super(message);
    this.permanent = permanent;
  }

  /** Whether retrying cannot help (a 4xx refusal, a disabled endpoint). */
  public boolean permanent() {
    return permanent;
  }
}
