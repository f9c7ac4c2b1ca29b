package dev.newsroom.producer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable release ids, so that publishing the same release twice gives the same record key: from the URL
 * when there is one, else from the source, the file's name and the body.
 */
public final class ReleaseIds {

  private ReleaseIds() {}

  public static String forUrl(String url) {
    return "rel-" + hash(url.strip());
  }

  public static String forContent(String sourceName, String fileName, String body) {
    return "rel-" + hash(sourceName + "\n" + fileName + "\n" + body);
  }

  private static String hash(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 10);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
