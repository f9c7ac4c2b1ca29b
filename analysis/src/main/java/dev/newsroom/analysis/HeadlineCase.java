package dev.newsroom.analysis;

import java.util.Set;

/**
 * Recognises headline-style lines ("Jordan Launches New Trade Plan") where every longer word is capitalised, so
 * capitalisation there says nothing about personal names.
 */
final class HeadlineCase {

  private static final int MIN_LONG_WORDS = 3;
  /** Longer lines are body paragraphs, not headlines; not scanning them keeps long releases cheap. */
  private static final int MAX_HEADLINE_LENGTH = 300;
  /** Title case leaves these lower case in many house styles; they do not count either way. */
  private static final Set<String> SMALL_WORDS = Set.of("with", "from", "into", "onto", "over", "upon", "that",
      "than", "this", "amid", "after", "about", "under", "near");

  private HeadlineCase() {
  }

  /** Whether the line containing {@code offset} is written in title case. */
  static boolean isHeadline(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    int lineEnd = text.indexOf('\n', offset);
    if (lineEnd < 0) {
      lineEnd = text.length();
    }
    if (lineEnd - lineStart > MAX_HEADLINE_LENGTH) {
      return false;
    }
    int longWords = 0;
    int capitalised = 0;
    int i = lineStart;
    while (i < lineEnd) {
      while (i < lineEnd && !Character.isLetter(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < lineEnd && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i - start >= 4 && !SMALL_WORDS.contains(text.substring(start, i))) {
        longWords++;
        if (Character.isUpperCase(text.charAt(start))) {
          capitalised++;
        }
      }
    }
    return longWords >= MIN_LONG_WORDS && capitalised == longWords;
  }
}
