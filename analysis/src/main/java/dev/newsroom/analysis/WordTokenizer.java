package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s for gazetteer matching. Word boundaries fall at every character that is
 * not a letter or digit, which is what makes "Niger" not match inside "Nigeria". Dotted acronyms made of
 * single capitals ("U.S.", "U.S.A.", "D.C.") become one token without dots so they meet their alias.
 */
final class WordTokenizer {

  private static final int ASCII_LIMIT = 128;
  /** Letters and digits among ASCII characters; most text is ASCII, so this skips Unicode look-ups. */
  private static final boolean[] ASCII_WORD = new boolean[ASCII_LIMIT];

  static {
    for (char c = 0; c < ASCII_LIMIT; c++) {
      ASCII_WORD[c] = Character.isLetterOrDigit(c);
    }
  }

  private WordTokenizer() {
  }

  /** Scripts that words split differently in: other (spaces), katakana runs (loanwords), single characters. */
  private static final int OTHER = 0;
  private static final int KATAKANA = 1;
  private static final int SINGLE = 2;

  /**
   * Katakana runs stay one word ("カンボジア", "パートナーシップ"), so a name cannot match inside a longer
   * loanword ("タイ" in "ネクタイ"); ideographs and hiragana are one word each.
   */
  private static int cjkClass(char c) {
    if (c >= 0x30A0 && c <= 0x30FF) {
      return KATAKANA;
    }
    boolean single = c >= 0x3040 && c <= 0x309F || c >= 0x3400 && c <= 0x4DBF || c >= 0x4E00 && c <= 0x9FFF
        || c >= 0xF900 && c <= 0xFAFF;
    return single ? SINGLE : OTHER;
  }

  private static boolean isWordCodePoint(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>(Math.max(16, text.length() / 5));
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c < ASCII_LIMIT && !ASCII_WORD[c] || c >= ASCII_LIMIT && !isWordCodePoint(text.codePointAt(i))) {
        i += c >= ASCII_LIMIT ? Character.charCount(text.codePointAt(i)) : 1;
        continue;
      }
      int acronymEnd = dottedAcronymEnd(text, i);
      if (acronymEnd > 0) {
        tokens.add(new Token(text.substring(i, acronymEnd).replace(".", ""), i, acronymEnd - 1));
        i = acronymEnd;
        continue;
      }
      int start = i;
      int script = c < ASCII_LIMIT ? OTHER : cjkClass(c);
      if (script == SINGLE) {
        // Chinese and Japanese write no spaces: each ideograph or kana is a word, so "中国" is two words
        // and a name or level is a run of them ("中巴关系" holds no word "巴基斯坦" to confuse).
        tokens.add(new Token(text.substring(i, i + 1), i, i + 1));
        i++;
        continue;
      }
      while (i < length) {
        char d = text.charAt(i);
        if (d < ASCII_LIMIT) {
          if (!ASCII_WORD[d] || script != OTHER) {
            break;
          }
          i++;
        } else {
          int cp = text.codePointAt(i);
          if (!isWordCodePoint(cp) || cjkClass(d) != script) {
            break;
          }
          i += Character.charCount(cp);
        }
      }
      tokens.add(new Token(text.substring(start, i), start, i));
    }
    return tokens;
  }

  /**
   * If an acronym like "U.S." starts at {@code i}, returns the offset just past its last dot; otherwise -1.
   * Needs at least two "capital + dot" units and must not be followed by a letter.
   */
  private static int dottedAcronymEnd(String text, int i) {
    int units = 0;
    int j = i;
    while (j + 1 < text.length() && isAsciiUpper(text.charAt(j)) && text.charAt(j + 1) == '.') {
      units++;
      j += 2;
    }
    boolean clean = units >= 2 && (j >= text.length() || !Character.isLetterOrDigit(text.charAt(j)));
    return clean ? j : -1;
  }

  private static boolean isAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
