package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Cheap sentence-level cues shared by pair tagging and upgrade detection. They look words up in sets
 * rather than running regexes, because they run for every sentence of every release.
 */
final class SentenceSignals {

  /** Vocabulary of diplomacy, every language; a sentence with none of these words is sport, weather, markets. */
  private static final Set<String> DIPLOMATIC_WORDS = Set.copyOf(UpgradePhrasing.all("diplomatic"));
  /** "the two countries", "both sides", "les deux pays", "bilateral", "each other": words that refer back to a pair. */
  private static final PhraseSet PAIR_REFERENCES = new PhraseSet(UpgradePhrasing.all("pair-reference"));

  /** Years at least this much older than the release make a statement history rather than news. */
  static final int HISTORY_YEARS = 2;

  private SentenceSignals() {
  }

  static boolean isDiplomatic(List<Token> words) {
    for (Token word : words) {
      if (DIPLOMATIC_WORDS.contains(lower(word))) {
        return true;
      }
    }
    return false;
  }

  /** "the two countries", "both sides", "the two prime ministers", "bilateral", "each other". */
  static boolean refersToPair(List<Token> words) {
    return PAIR_REFERENCES.occursIn(words);
  }

  /** Whether the words name a year well before the release date; false when the date is unknown. */
  static boolean mentionsPastYear(List<Token> words, LocalDate releaseDate) {
    if (releaseDate == null) {
      return false;
    }
    for (Token word : words) {
      int year = yearOf(word);
      if (year > 0 && year <= releaseDate.getYear() - HISTORY_YEARS) {
        return true;
      }
    }
    return false;
  }

  /** The year a token spells (1800-2099), or -1. */
  static int yearOf(Token word) {
    String text = word.text();
    if (text.length() != 4 || !(text.startsWith("18") || text.startsWith("19") || text.startsWith("20"))) {
      return -1;
    }
    for (int i = 2; i < 4; i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(text);
  }

  static String lower(Token word) {
    return word.lower();
  }
}
