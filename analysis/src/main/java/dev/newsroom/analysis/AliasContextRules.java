package dev.newsroom.analysis;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Vetoes gazetteer matches whose neighbours show the word means something else: "Turkey sandwich",
 * "Guinea pig", "state of Georgia", "Michael Jordan". Loaded from {@code gazetteer-context.tsv}; rules are
 * cheap look-ups of the one or two words on either side.
 */
final class AliasContextRules {

  private static final String CAPITAL_RULES = "@capital";

  /** Capitalised words that commonly sit next to a country name and are not part of a personal name. */
  private static final Set<String> NOT_A_NAME = Set.of(
      "The", "In", "To", "With", "From", "And", "Of", "For", "By", "On", "At", "As", "Between", "Against",
      "Into", "Both", "Says", "Said", "Visit", "Visits", "Visiting", "Welcomes", "Signs", "Backs", "Joins",
      "Meets", "Urges", "President", "Prime", "Minister", "Foreign", "King", "Queen", "Crown", "Prince",
      "Princess", "Emir", "Sultan", "Government", "Embassy", "Ambassador", "Parliament", "Senate",
      "Ministry", "Army", "Armed", "Navy", "Air", "Defence", "Defense", "National", "Central", "Republic",
      "Valley", "River", "Basin", "Lake", "Airlines", "Airways", "Times", "Post", "News", "Bank", "Chamber",
      "Council", "Court", "Foundation", "Institute", "Investment", "Trade", "Development", "Relations",
      "Ties", "Cooperation", "Summit", "Mr", "Ms", "Mrs", "Dr", "Deputy", "Vice", "Under", "Secretary");

  private final Map<String, Rule> byAlias;
  private final Rule capitalRule;

  private AliasContextRules(Map<String, Rule> byAlias) {
    this.byAlias = Map.copyOf(byAlias);
    this.capitalRule = byAlias.getOrDefault(CAPITAL_RULES, Rule.NONE);
  }

  static AliasContextRules load(String resourceName) {
    Map<String, Rule.Builder> builders = new HashMap<>();
    for (String[] row : TsvResource.read(resourceName, 3)) {
      Rule.Builder builder = builders.computeIfAbsent(row[0], a -> new Rule.Builder());
      switch (row[1]) {
        case "person" -> builder.person = true;
        case "not-before" -> TsvResource.list(row[2]).forEach(w -> builder.notBefore.add(lower(w)));
        case "not-after" -> TsvResource.list(row[2]).forEach(w -> builder.notAfter.add(lower(w)));
        default -> throw new IllegalStateException(resourceName + ": unknown rule '" + row[1] + "'");
      }
    }
    Map<String, Rule> rules = new HashMap<>();
    builders.forEach((alias, builder) -> rules.put(alias, builder.build()));
    return new AliasContextRules(rules);
  }

  /** Whether the match spanning tokens {@code first..last} really names the party. */
  boolean allows(AliasEntry entry, String text, List<Token> tokens, int first, int last) {
    Rule rule = byAlias.get(entry.alias());
    if (entry.kind() == MentionKind.CAPITAL && capitalRule.vetoes(text, tokens, first, last)) {
      return false;
    }
    if (rule == null) {
      return true;
    }
    if (rule.vetoes(text, tokens, first, last)) {
      return false;
    }
    return !(rule.person && looksLikePersonalName(text, tokens, first, last));
  }

  private static boolean looksLikePersonalName(String text, List<Token> tokens, int first, int last) {
    if (tokens.get(first).isAllCaps()) {
      return false;
    }
    boolean nameAfter = last + 1 < tokens.size()
        && singleSpace(text, tokens.get(last).end(), tokens.get(last + 1).start())
        && nameLike(tokens.get(last + 1));
    boolean nameBefore = first > 0
        && singleSpace(text, tokens.get(first - 1).end(), tokens.get(first).start())
        && nameLike(tokens.get(first - 1));
    // The headline check scans the whole line, so it runs only when a capitalised neighbour makes it matter.
    return (nameAfter || nameBefore) && !HeadlineCase.isHeadline(text, tokens.get(first).start());
  }

  private static boolean nameLike(Token token) {
    return token.isCapitalized() && !token.isAllCaps() && !NOT_A_NAME.contains(token.text());
  }

  private static boolean singleSpace(String text, int from, int to) {
    return to - from == 1 && text.charAt(from) == ' ';
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Neighbour words, lower-cased, that do not cross a sentence end or a paragraph. */
  private static boolean near(String text, int from, int to) {
    if (to - from > 4) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  private record Rule(boolean person, Set<String> notBefore, Set<String> notAfter) {
    static final Rule NONE = new Rule(false, Set.of(), Set.of());

    boolean vetoes(String text, List<Token> tokens, int first, int last) {
      if (!notBefore.isEmpty() && last + 1 < tokens.size()
          && near(text, tokens.get(last).end(), tokens.get(last + 1).start())) {
        String one = lower(tokens.get(last + 1).text());
        if (notBefore.contains(one)) {
          return true;
        }
        if (last + 2 < tokens.size() && notBefore.contains(one + " " + lower(tokens.get(last + 2).text()))) {
          return true;
        }
      }
      if (!notAfter.isEmpty() && first > 0 && near(text, tokens.get(first - 1).end(), tokens.get(first).start())) {
        String one = lower(tokens.get(first - 1).text());
        if (notAfter.contains(one)) {
          return true;
        }
        return first > 1 && notAfter.contains(lower(tokens.get(first - 2).text()) + " " + one);
      }
      return false;
    }

    static final class Builder {
      boolean person;
      final Set<String> notBefore = new HashSet<>();
      final Set<String> notAfter = new HashSet<>();

      Rule build() {
        return new Rule(person, Set.copyOf(notBefore), Set.copyOf(notAfter));
      }
    }
  }
}
