package dev.newsroom.consumer.page;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The shared secret of the desk page, compared in constant time. */
final class PageToken {

  private final byte[] token;

  PageToken(String token) {
    if (token == null || token.strip().length() < 16) {
      throw new IllegalArgumentException("the desk page needs a token of at least 16 characters");
    }
    this.token = token.strip().getBytes(StandardCharsets.UTF_8);
  }

  /** @param given from {@code Authorization: Bearer ...} or the {@code token} query parameter; may be null */
  boolean matches(String given) {
    return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
  }
}
