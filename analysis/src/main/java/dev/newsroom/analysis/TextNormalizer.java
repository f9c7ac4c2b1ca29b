package dev.newsroom.analysis;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Brings release text from any source (HTML scrapes, PDFs, markdown, agency wires) to one plain form, so
 * that matching and fingerprints do not depend on typography.
 *
 * <p>What it does, in order: unify line endings; map typographic quotes, apostrophes, dashes and exotic
 * spaces to ASCII and drop invisible characters (soft hyphens, zero-width spaces, byte-order marks);
 * Unicode NFKC (full-width letters, ligatures, "…" to "..."); strip markdown emphasis ({@code **bold**},
 * {@code __bold__}, {@code *it*}, {@code _it_}) but leave
 * snake_case words such as image file names alone; collapse runs of spaces and tabs to one space and trim
 * every line.
 *
 * <p>Line structure is kept because headlines, datelines and bylines carry no final full stop and would
 * otherwise run into the next sentence: a single line break stays {@code "\n"}, and any run of line breaks
 * that contains a blank line becomes exactly one paragraph break {@code "\n\n"}. The result is trimmed.
 */
public final class TextNormalizer {

  private static final Pattern LINE_ENDINGS = Pattern.compile("\\r\\n?|\\u0085|\\u2028");
  /** Stand-in returned for soft hyphens, zero-width spaces and joiners, and byte-order marks: dropped. */
  private static final char INVISIBLE = '\0';
  /** Bold: both markers hug non-space text and the span stays inside one paragraph. */
  private static final Pattern STRONG_STARS =
      Pattern.compile("\\*\\*(?=\\S)((?:(?!\\*\\*)(?!\\n\\n)[\\s\\S])+?)(?<=\\S)\\*\\*");
  /** Underscores count as emphasis only outside words, so {@code prime_minister_hun.jpg} survives. */
  private static final Pattern STRONG_UNDERSCORES =
      Pattern.compile("(?<!\\w)__(?=\\S)((?:(?!__)(?!\\n\\n)[\\s\\S])+?)(?<=\\S)__(?!\\w)");
  /** The literal marker comes first (checked behind it) so the regex engine can skip along cheaply. */
  private static final Pattern EMPHASIS_STAR =
      Pattern.compile("\\*(?<![*\\w]\\*)(?=[^\\s*])([^*\\n]+?)(?<=[^\\s*])\\*(?![*\\w])");
  private static final Pattern EMPHASIS_UNDERSCORE =
      Pattern.compile("_(?<!\\w_)(?=[^\\s_])([^_\\n]+?)(?<=[^\\s_])_(?!\\w)");

  private TextNormalizer() {
  }

  /** Returns the normalised form of {@code raw}; {@code null} becomes the empty string. */
  public static String normalize(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    String text = raw.indexOf('\r') < 0 && raw.indexOf('\u0085') < 0 && raw.indexOf('\u2028') < 0
        ? raw : LINE_ENDINGS.matcher(raw).replaceAll("\n");
    text = text.replace("\u2029", "\n\n");
    // Typography first: NFKC would turn some of these (e.g. the acute accent) into spacing combos.
    text = asciiPunctuation(text);
    text = Normalizer.normalize(text, Normalizer.Form.NFKC);
    text = stripEmphasis(text);
    return tidyLines(text);
  }

  private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

  /**
   * "Etats-Unis" for "États-Unis": the spelling without diacritics, which hurried copy and URLs use, so
   * data files list accented names once and both forms are found. Not part of {@link #normalize}, which
   * keeps what the source wrote.
   */
  public static String stripAccents(String s) {
    boolean ascii = true;
    for (int i = 0; i < s.length() && ascii; i++) {
      ascii = s.charAt(i) < 128;
    }
    return ascii ? s : Normalizer.normalize(COMBINING_MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD))
        .replaceAll(""), Normalizer.Form.NFC);
  }

  /** Maps typographic characters to ASCII and drops invisible ones, copying only when something changes. */
  private static String asciiPunctuation(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '\u0080') {
        if (out != null) {
          out.append(c);
        }
        continue; // ASCII is already plain; most text is, so avoid copying it.
      }
      char plain = asciiEquivalent(c);
      if (out == null && plain != c) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null && plain != INVISIBLE) {
        out.append(plain);
      }
    }
    return out == null ? text : out.toString();
  }

  private static char asciiEquivalent(char c) {
    return switch (c) {
      case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u00B4', '\u02BC', '\uFF07' -> '\'';
      case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02' -> '"';
      case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63', '\uFF0D' -> '-';
      case '\u00A0', '\u2007', '\u202F', '\u205F', '\u3000' -> ' ';
      case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> INVISIBLE;
      default -> (c >= '\u2000' && c <= '\u200A') ? ' ' : c;
    };
  }

  private static String stripEmphasis(String text) {
    String out = unwrapAt(text, "**", STRONG_STARS);
    out = unwrapAt(out, "__", STRONG_UNDERSCORES);
    out = unwrapAt(out, "*", EMPHASIS_STAR);
    return unwrapAt(out, "_", EMPHASIS_UNDERSCORE);
  }

  /**
   * Replaces each match of {@code emphasis} by its group 1, trying the pattern only where {@code marker}
   * occurs: most texts have few or no markers, and a regex scan of every character is the slow part.
   */
  private static String unwrapAt(String text, String marker, Pattern emphasis) {
    int at = text.indexOf(marker);
    if (at < 0) {
      return text;
    }
    Matcher m = emphasis.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    StringBuilder out = null;
    int copied = 0;
    while (at >= 0) {
      m.region(at, text.length());
      if (m.lookingAt()) {
        if (out == null) {
          out = new StringBuilder(text.length());
        }
        out.append(text, copied, at).append(m.group(1));
        copied = m.end();
        at = text.indexOf(marker, copied);
      } else {
        at = text.indexOf(marker, at + 1);
      }
    }
    return out == null ? text : out.append(text, copied, text.length()).toString();
  }

  /** One pass: spaces and tabs collapse, lines are trimmed, blank-line runs become one "\n\n". */
  private static String tidyLines(String text) {
    char[] out = new char[text.length()];
    int length = 0;
    int lineBreaks = 0;
    boolean spacePending = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineBreaks++;
        spacePending = false;
      } else if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f') {
        spacePending = true;
      } else {
        if (length > 0 && lineBreaks > 0) {
          out[length++] = '\n';
          if (lineBreaks > 1) {
            out[length++] = '\n';
          }
        } else if (length > 0 && spacePending) {
          out[length++] = ' ';
        }
        lineBreaks = 0;
        spacePending = false;
        out[length++] = c;
      }
    }
    return new String(out, 0, length);
  }
}
