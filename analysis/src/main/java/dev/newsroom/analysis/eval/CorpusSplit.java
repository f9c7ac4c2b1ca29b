package dev.newsroom.analysis.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The corpus split rule (corpus/README.md): a case is in {@code test} when the first byte of SHA-256 of its
 * event key is below 128, else in {@code tune}; every text of one event lands on the same side. The
 * evaluation uses it to never show a mistake of a test case, whichever file the case comes from.
 */
public final class CorpusSplit {

  private CorpusSplit() {
  }

  /** Whether a case with this event key belongs to the test split; a case without a key is not held out. */
  public static boolean isTest(String eventKey) {
    if (eventKey == null || eventKey.isBlank()) {
      return false;
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(eventKey.getBytes(StandardCharsets.UTF_8));
      return (digest[0] & 0xff) < 128;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
