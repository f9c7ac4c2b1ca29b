package dev.newsroom.consumer.webhook;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs webhook deliveries with one or more secrets. During a secret rotation both the old and the new secret
 * sign, and the {@code webhook-signature} header carries both signatures separated by a space, so a receiver
 * holding either secret accepts the delivery.
 */
public final class WebhookSigner {

  private final List<WebhookSecret> secrets;

  public WebhookSigner(List<WebhookSecret> secrets) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("a signer needs at least one secret");
    }
    this.secrets = List.copyOf(secrets);
  }

  public static WebhookSigner of(String... secrets) {
    return new WebhookSigner(List.of(secrets).stream().map(WebhookSecret::parse).toList());
  }

  /** The {@code webhook-signature} header value. */
  public String signatureHeader(String id, long timestamp, String body) {
    return secrets.stream().map(secret -> secret.sign(id, timestamp, body)).collect(Collectors.joining(" "));
  }
}
