package dev.newsroom.analysis;

/**
 * A word of the text: a run of letters and digits, or a dotted acronym ("U.S.") folded to its letters.
 *
 * @param text  the word as matched against aliases ("US" for "U.S.")
 * @param lower the word lower-cased, computed once because many checks compare words case-insensitively
 * @param start offset of the first character in the source text
 * @param end   offset just past the last letter in the source text
 */
record Token(String text, String lower, int start, int end) {

  Token(String text, int start, int end) {
    this(text, text.toLowerCase(java.util.Locale.ROOT), start, end);
  }

  boolean isCapitalized() {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  /** True for "ASEAN" or "KISHIDA": every letter upper case and more than one letter. */
  boolean isAllCaps() {
    if (text.length() < 2) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && !Character.isUpperCase(c)) {
        return false;
      }
    }
    return true;
  }
}
