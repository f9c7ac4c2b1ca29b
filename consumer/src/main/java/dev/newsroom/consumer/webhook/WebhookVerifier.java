package dev.newsroom.consumer.webhook;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Verifies a Standard Webhooks delivery as a receiver does: the timestamp must be within {@code tolerance} of
 * now (which stops replays of old deliveries), and one of the space-separated {@code v1,} signatures must
 * match one of the secrets. Signatures are compared in constant time.
 */
public final class WebhookVerifier {

  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private final List<WebhookSecret> secrets;
  private final Duration tolerance;
  private final Clock clock;

  public WebhookVerifier(List<WebhookSecret> secrets, Duration tolerance, Clock clock) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("a verifier needs at least one secret");
    }
    this.secrets = List.copyOf(secrets);
    this.tolerance = tolerance;
    this.clock = clock;
  }

  /**
   * @param timestampHeader the {@code webhook-timestamp} header, unix seconds
   * @param signatureHeader the {@code webhook-signature} header, e.g. {@code v1,abc= v1,def=}
   * @throws WebhookVerificationException saying what did not match
   */
  public void verify(String id, String timestampHeader, String signatureHeader, String body)
      throws WebhookVerificationException {
    if (id == null || id.isBlank()) {
      throw new WebhookVerificationException("missing webhook-id");
    }
    if (signatureHeader == null || signatureHeader.isBlank()) {
      throw new WebhookVerificationException("missing webhook-signature");
    }
    long timestamp;
    try {
      timestamp = Long.parseLong(timestampHeader == null ? "" : timestampHeader.strip());
    } catch (NumberFormatException e) {
      throw new WebhookVerificationException("webhook-timestamp is not unix seconds: '" + timestampHeader + "'");
    }
    long now = clock.instant().getEpochSecond();
    if (Math.abs(now - timestamp) > tolerance.toSeconds()) {
      throw new WebhookVerificationException("webhook-timestamp " + timestamp + " is " + Math.abs(now - timestamp)
          + " s away from now (" + now + "), more than the tolerance of " + tolerance.toSeconds() + " s");
    }
    for (String candidate : signatureHeader.strip().split("\\s+")) {
      int comma = candidate.indexOf(',');
      if (comma < 0 || !"v1".equals(candidate.substring(0, comma))) {
        continue; // another scheme (e.g. v1a) that we do not use
      }
      byte[] given;
      try {
        given = Base64.getDecoder().decode(candidate.substring(comma + 1));
      } catch (IllegalArgumentException e) {
        continue;
      }
      for (WebhookSecret secret : secrets) {
        if (MessageDigest.isEqual(given, secret.mac(id, timestamp, body))) {
          return;
        }
      }
    }
    throw new WebhookVerificationException("no v1 signature in webhook-signature matches the secret");
  }
}
