package dev.newsroom.consumer.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A Standard Webhooks signing secret, written {@code whsec_<base64 key>}. Signs {@code id.timestamp.body} with
 * HMAC-SHA256 and gives the {@code v1,<base64>} form of the {@code webhook-signature} header.
 */
public final class WebhookSecret {

  static final String PREFIX = "whsec_";
  private final SecretKeySpec key;

  private WebhookSecret(byte[] key) {
    if (key.length < 16) {
      throw new IllegalArgumentException("a webhook secret needs at least 16 bytes of key, got " + key.length);
    }
    this.key = new SecretKeySpec(key, "HmacSHA256");
  }

  /**
   * @param text {@code whsec_} followed by the base64 key
   * @throws IllegalArgumentException naming what is wrong, without echoing the secret
   */
  public static WebhookSecret parse(String text) {
    if (text == null || !text.startsWith(PREFIX)) {
      throw new IllegalArgumentException("a webhook secret must start with '" + PREFIX + "'");
    }
    try {
      return new WebhookSecret(Base64.getDecoder().decode(text.substring(PREFIX.length()).strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("a webhook secret must be '" + PREFIX + "' and base64: "
          + e.getMessage());
    }
  }

  /** The signature of one delivery, {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. */
  public String sign(String id, long timestamp, String body) {
    return "v1," + Base64.getEncoder().encodeToString(mac(id, timestamp, body));
  }

  byte[] mac(String id, long timestamp, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  @Override
  public String toString() {
    return PREFIX + "***";
  }
}
