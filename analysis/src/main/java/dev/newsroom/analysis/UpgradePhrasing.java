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

  /**
   * The phrases as one regex alternation (no group, no boundaries); one that never matches when empty. The
   * phrases are merged into a trie ("agree|agreed|agreement to" becomes "agree(?:d|ment\\s+to)?"), because a
   * flat alternation of hundreds of phrases is tried branch by branch at every character.
   */
  static String alternation(List<String> phrases) {
    if (phrases.isEmpty()) {
      return "(?!)";
    }
    AtomTrie root = new AtomTrie();
    for (String phrase : phrases) {
      List<String> atoms = atoms(phrase);
      if (!atoms.isEmpty()) {
        root.add(atoms, 0);
      }
    }
    return root.children.isEmpty() ? "(?!)" : root.childrenRegex();
  }

  /** The phrase as regex atoms: one per literal character, and \s+, \w*, \d+ for gaps and marks. */
  private static List<String> atoms(String phrase) {
    List<String> atoms = new ArrayList<>();
    for (String word : phrase.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!atoms.isEmpty()) {
        atoms.add("\\s+");
      }
      if (word.equals("#")) {
        atoms.add("\\d+");
        continue;
      }
      boolean stem = word.length() > 1 && word.endsWith("*");
      boolean suffix = !stem && word.length() > 1 && word.startsWith("*");
      String letters = stem ? word.substring(0, word.length() - 1) : suffix ? word.substring(1) : word;
      if (suffix) {
        atoms.add("\\w*");
      }
      letters.codePoints().forEach(c -> atoms.add(Character.isLetterOrDigit(c) ? Character.toString(c)
          : Pattern.quote(Character.toString(c))));
      if (stem) {
        atoms.add("\\w*");
      }
    }
    return atoms;
  }

  /** A trie of regex atoms; emits the factored alternation of everything added. */
  private static final class AtomTrie {
    private final Map<String, AtomTrie> children = new java.util.LinkedHashMap<>();
    private boolean end;

    void add(List<String> atoms, int from) {
      if (from == atoms.size()) {
        end = true;
        return;
      }
      children.computeIfAbsent(atoms.get(from), a -> new AtomTrie()).add(atoms, from + 1);
    }

    /** The alternation of this node's children (each child atom followed by its own subtree). */
    String childrenRegex() {
      StringBuilder out = new StringBuilder();
      for (Map.Entry<String, AtomTrie> child : children.entrySet()) {
        if (!out.isEmpty()) {
          out.append('|');
        }
        out.append(child.getKey()).append(child.getValue().tailRegex());
      }
      return out.toString();
    }

    /** What may follow this node's atom: nothing, one path, or a group, optional when a phrase ends here. */
    private String tailRegex() {
      if (children.isEmpty()) {
        return "";
      }
      String inner = childrenRegex();
      boolean single = children.size() == 1 && children.values().iterator().next().children.size() <= 1
          && !end && !inner.contains("|");
      if (single) {
        return inner;
      }
      return "(?:" + inner + ")" + (end ? "?" : "");
    }
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
