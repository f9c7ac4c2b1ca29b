package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Cheap sentence-level cues shared by pair tagging and upgrade detection. They look words up in sets
 * rather than running regexes, because they run for every sentence of every release.
 */
final class SentenceSignals {

  /** Vocabulary of diplomacy; a sentence with none of these words is probably sport, weather, markets. */
  private static final Set<String> DIPLOMATIC_WORDS = withOtherLanguages("diplomatic",
      "relation", "relations", "relationship", "ties", "partnership", "partnerships", "partner", "partners",
      "bilateral", "diplomatic", "diplomacy", "diplomat", "diplomats", "minister", "ministers", "ministry",
      "ministerial", "president", "premier", "chancellor", "foreign", "embassy", "embassies", "ambassador",
      "ambassadors", "envoy", "envoys", "summit", "summits", "talks", "agreement", "agreements", "agreed",
      "accord", "treaty", "memorandum", "mou", "cooperation", "counterpart", "counterparts", "leader",
      "leaders", "government", "governments", "visit", "visits", "visited", "communique", "communiqué",
      "strategic", "dialogue", "consultation", "consultations", "delegation", "delegations", "alliance",
      "allies");
  /** "les deux pays", "ambas partes", "bilatéral": one or two words that refer back to a pair. */
  private static final Set<String> PAIR_REFERENCES = Set.copyOf(UpgradePhrasing.forms("pair-reference"));
  /** First words of the two-word references, so most words need no string joining. */
  private static final Set<String> PAIR_REFERENCE_OPENERS = PAIR_REFERENCES.stream()
      .filter(r -> r.contains(" ")).map(r -> r.substring(0, r.indexOf(' '))).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** Nouns that, after "the two" or "both", refer back to a pair: "the two countries", "both sides". */
  private static final Set<String> PAIR_NOUNS = Set.of(
      "countries", "nations", "sides", "leaders", "governments", "ministers", "presidents", "parties",
      "states", "kingdoms", "economies", "peoples");
  private static final String PRIME = "prime";

  /** Years at least this much older than the release make a statement history rather than news. */
  static final int HISTORY_YEARS = 2;

  private SentenceSignals() {
  }

  private static Set<String> withOtherLanguages(String role, String... english) {
    Set<String> words = new java.util.HashSet<>(List.of(english));
    words.addAll(UpgradePhrasing.forms(role));
    return Set.copyOf(words);
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
    for (int i = 0; i < words.size(); i++) {
      String word = lower(words.get(i));
      if (word.equals("bilateral") || PAIR_REFERENCES.contains(word)
          || PAIR_REFERENCE_OPENERS.contains(word) && i + 1 < words.size()
          && PAIR_REFERENCES.contains(word + " " + lower(words.get(i + 1)))) {
        return true;
      }
      boolean opener = word.equals("both")
          || word.equals("two") && i > 0 && Set.of("the", "both").contains(lower(words.get(i - 1)));
      if (opener && i + 1 < words.size()) {
        String next = lower(words.get(i + 1));
        if (next.equals(PRIME) && i + 2 < words.size()) {
          next = lower(words.get(i + 2));
        }
        if (PAIR_NOUNS.contains(next)) {
          return true;
        }
      }
      if (word.equals("each") && i + 1 < words.size() && lower(words.get(i + 1)).equals("other")) {
        return true;
      }
    }
    return false;
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
