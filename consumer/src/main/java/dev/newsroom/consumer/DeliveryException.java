package dev.newsroom.consumer;

/** An alert could not be delivered; its offset is not committed, so it is delivered again later. */
public class DeliveryException extends Exception {

  public DeliveryException(String message, Throwable cause) {
    super(message, cause);
  }

  public DeliveryException(String message) {
    super(message);
  }
}
