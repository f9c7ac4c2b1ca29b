package dev.newsroom.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Content fingerprint for spotting republished copies of the same release.
 *
 * <p>The text is case-folded, every character that is not a letter or digit becomes a space, and
 * whitespace is collapsed before hashing. So two copies that differ only in case, punctuation, quote
 * style, markdown emphasis or spacing get the same fingerprint, while any change of wording does not.
 */
public final class Fingerprint {

  private static final HexFormat HEX = HexFormat.of();

  private Fingerprint() {
  }

  /** Hex SHA-256 (64 lower-case characters) of the folded form of {@code normalizedText}. */
  public static String of(String normalizedText) {
    return HEX.formatHex(sha256(fold(normalizedText == null ? "" : normalizedText)));
  }

  /** The exact string that is hashed: also the word stream that near-duplicate detection shingles. */
  public static String fold(String text) {
    // NFKC again is cheap insurance for callers that pass raw rather than normalised text.
    String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replace("ß", "ss");
    StringBuilder out = new StringBuilder(lower.length());
    boolean spacePending = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (spacePending && !out.isEmpty()) {
          out.append(' ');
        }
        spacePending = false;
        out.appendCodePoint(cp);
      } else if (Character.getType(cp) != Character.NON_SPACING_MARK) {
        // Combining marks belong to the previous letter (e.g. the dot of a lower-cased 'İ'); drop them
        // without splitting the word.
        spacePending = true;
      }
    }
    return out.toString();
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide SHA-256", e);
    }
  }
}
