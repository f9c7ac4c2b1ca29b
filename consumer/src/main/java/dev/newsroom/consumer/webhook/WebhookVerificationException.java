package dev.newsroom.consumer.webhook;

/** A webhook delivery failed verification; the message says why (never the secret). */
public final class WebhookVerificationException extends Exception {

  public WebhookVerificationException(String message) {
    super(message);
  }
}
