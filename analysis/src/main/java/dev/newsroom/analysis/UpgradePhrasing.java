package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The phrasing of partnership moves in every language, from {@code phrasing-<lang>.tsv}: verb forms, the
 * words between a verb and its level, stage cues, negations, hedges. English ({@code phrasing-en.tsv}) is read
 * by the same loader; English releases get its phrases alone ({@link UpgradeLanguage#ENGLISH}), releases naming
 * a level in another language get every file's ({@link UpgradeLanguage#MULTILINGUAL}). Adding a language is
 * adding its file (and its {@code levels-<lang>.tsv}).
 *
 * <p>A phrase is words separated by spaces, matched as whole words with any white space between them. Three
 * marks widen a word: {@code word*} (any word starting so), {@code *word} (any word ending so), {@code #} (a
 * number in digits).
 */
final class UpgradePhrasing {

  static final String ENGLISH = "en";

  /** Role to language to phrases, lower-cased, in file order. */
  private static final Map<String, Map<String, List<String>>> BY_ROLE = load();
  /** Infinitives ("élever", "establecer"): without other cues they state a plan, not a done move. */
  private static final Set<String> INFINITIVES = foreign("raise", "establish", "lower").stream()
      .filter(w -> w.endsWith("er") || w.endsWith("ir") || w.endsWith("ar") || w.endsWith("re"))
      .collect(Collectors.toUnmodifiableSet());

  private UpgradePhrasing() {
  }

  /** The English phrases of {@code roles}. */
  static List<String> english(String... roles) {
    return forms(true, false, roles);
  }

  /** The phrases of {@code roles} in every language but English. */
  static List<String> foreign(String... roles) {
    return forms(false, true, roles);
  }

  /** The phrases of {@code roles} in every language, English first. */
  static List<String> all(String... roles) {
    return forms(true, true, roles);
  }

  private static List<String> forms(boolean english, boolean foreign, String... roles) {
    List<String> forms = new ArrayList<>();
    for (String role : roles) {
      Map<String, List<String>> byLanguage = BY_ROLE.getOrDefault(role, Map.of());
      if (english) {
        forms.addAll(byLanguage.getOrDefault(ENGLISH, List.of()));
      }
      if (foreign) {
        for (String language : PartnershipLadder.LANGUAGES) {
          forms.addAll(byLanguage.getOrDefault(language, List.of()));
        }
      }
    }
    return forms;
  }

  /** The phrases as one regex alternation (no group, no boundaries); one that never matches when empty. */
  static String alternation(List<String> phrases) {
    if (phrases.isEmpty()) {
      return "(?!)";
    }
    StringBuilder out = new StringBuilder();
    for (String phrase : phrases) {
      if (!out.isEmpty()) {
        out.append('|');
      }
      out.append(regex(phrase));
    }
    return out.toString();
  }

  /** One phrase as a regex: quoted words, {@code \s+} between them, the three marks widened. */
  static String regex(String phrase) {
    StringBuilder out = new StringBuilder();
    for (String word : phrase.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!out.isEmpty()) {
        out.append("\\s+");
      }
      if (word.equals("#")) {
        out.append("\\d+");
      } else if (word.length() > 1 && word.endsWith("*")) {
        out.append(Pattern.quote(word.substring(0, word.length() - 1))).append("\\w*");
      } else if (word.length() > 1 && word.startsWith("*")) {
        out.append("\\w*").append(Pattern.quote(word.substring(1)));
      } else {
        out.append(Pattern.quote(word));
      }
    }
    return out.toString();
  }

  static boolean isForeignInfinitive(String verb) {
    return INFINITIVES.contains(verb);
  }

  private static Map<String, Map<String, List<String>>> load() {
    Map<String, Map<String, List<String>>> byRole = new HashMap<>();
    List<String> languages = new ArrayList<>();
    languages.add(ENGLISH);
    languages.addAll(PartnershipLadder.LANGUAGES);
    for (String language : languages) {
      for (String[] row : TsvResource.read("phrasing-" + language + ".tsv", 2)) {
        List<String> forms = byRole.computeIfAbsent(row[0], r -> new HashMap<>())
            .computeIfAbsent(language, l -> new ArrayList<>());
        for (String phrase : TsvResource.list(row[1])) {
          String lower = phrase.toLowerCase(Locale.ROOT);
          forms.add(lower);
          String plain = TextNormalizer.stripAccents(lower);
          // "à" without its accent is the English article "a": short words keep their accents.
          if (!plain.equals(lower) && plain.length() > 2) {
            forms.add(plain);
          }
        }
      }
    }
    Map<String, Map<String, List<String>>> frozen = new HashMap<>();
    byRole.forEach((role, byLanguage) -> {
      Map<String, List<String>> copy = new HashMap<>();
      byLanguage.forEach((language, forms) -> copy.put(language, List.copyOf(forms)));
      frozen.put(role, Map.copyOf(copy));
    });
    return Map.copyOf(frozen);
  }
}
