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
 * The non-English phrasing of partnership moves, from {@code phrasing-<lang>.tsv}: verb forms, the words
 * between a verb and its level, stage cues, negations, hedges. It is merged once, at class load, into the
 * multilingual word sets and patterns ({@link UpgradeLanguage#MULTILINGUAL}), which releases naming a level
 * in another language get; English releases keep the faster English-only set. Adding a language is adding
 * its file (and its {@code levels-<lang>.tsv}).
 */
final class UpgradePhrasing {

  private static final Map<String, List<String>> BY_ROLE = load();
  /** Infinitives ("élever", "establecer"): without other cues they state a plan, not a done move. */
  private static final Set<String> INFINITIVES = forms("raise", "establish", "lower").stream()
      .filter(w -> w.endsWith("er") || w.endsWith("ir") || w.endsWith("ar") || w.endsWith("re"))
      .collect(Collectors.toUnmodifiableSet());

  private UpgradePhrasing() {
  }

  /** Every word or phrase of {@code roles} in every language, lower-cased. */
  static List<String> forms(String... roles) {
    List<String> forms = new ArrayList<>();
    for (String role : roles) {
      forms.addAll(BY_ROLE.getOrDefault(role, List.of()));
    }
    return forms;
  }

  /** {@code "|a|b"}: the role's phrases as regex alternatives to append to an English alternation. */
  static String alternatives(String role) {
    StringBuilder out = new StringBuilder();
    for (String phrase : forms(role)) {
      out.append('|').append(Pattern.quote(phrase));
    }
    return out.toString();
  }

  static boolean isForeignInfinitive(String verb) {
    return INFINITIVES.contains(verb);
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> byRole = new HashMap<>();
    for (String language : PartnershipLadder.LANGUAGES) {
      for (String[] row : TsvResource.read("phrasing-" + language + ".tsv", 2)) {
        for (String phrase : TsvResource.list(row[1])) {
          String lower = phrase.toLowerCase(Locale.ROOT);
          List<String> forms = byRole.computeIfAbsent(row[0], r -> new ArrayList<>());
          forms.add(lower);
          String plain = TextNormalizer.stripAccents(lower);
          // "à" without its accent is the English article "a": short words keep their accents.
          if (!plain.equals(lower) && plain.length() > 2) {
            forms.add(plain);
          }
        }
      }
    }
    byRole.replaceAll((role, forms) -> List.copyOf(forms));
    return Map.copyOf(byRole);
  }
}
