package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phrasing of changes in diplomatic representation, one set per language, from
 * {@code representation-<lang>.tsv}: trigger words, veto and history cues, and one pattern per action. Loaded
 * and compiled once, at class load. Each language is applied only to sentences that contain one of its trigger
 * words, so a sentence is never read with another language's vetoes ("si", "no", "ob").
 */
final class RepresentationVocabulary {

  /** Languages with a {@code representation-<lang>.tsv}; adding one is adding its file here. */
  static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt", "de", "id", "vi", "ru", "ar", "zh", "ja");
  /**
   * Unicode word classes: "\w" and "\b" must know "é", "ã", "ß"; English does without them, which is much
   * faster and matters, because English releases are most. The text is lower-cased before matching.
   */
  private static int flags(String language) {
    return language.equals("en") ? 0 : Pattern.UNICODE_CHARACTER_CLASS;
  }
  private static final Pattern MACRO = Pattern.compile("\\{([a-z]+)}");
  /** Every language's vocabulary; after the patterns above, which loading needs. */
  static final List<RepresentationVocabulary> ALL = LANGUAGES.stream().map(RepresentationVocabulary::load).toList();

  final String language;
  final List<String> triggers;
  final Pattern veto;
  final Pattern history;
  /** Read right after the action, for languages that put them last ("召還は考えていない"); never match if absent. */
  final Pattern vetoAfter;
  final Pattern historyAfter;
  /** In the order of {@link RepresentationAction}: the first to match at the earliest offset wins a tie. */
  final Map<RepresentationAction, Pattern> actions;

  private RepresentationVocabulary(String language, List<String> triggers, Pattern veto, Pattern history,
      Pattern vetoAfter, Pattern historyAfter, Map<RepresentationAction, Pattern> actions) {
    this.language = language;
    this.triggers = triggers;
    this.veto = veto;
    this.history = history;
    this.vetoAfter = vetoAfter;
    this.historyAfter = historyAfter;
    this.actions = actions;
  }

  /** Whether a lower-cased sentence has one of this language's trigger words. */
  boolean triggeredBy(String lower) {
    for (String trigger : triggers) {
      if (lower.contains(trigger)) {
        return true;
      }
    }
    return false;
  }

  private static RepresentationVocabulary load(String language) {
    String file = "representation-" + language + ".tsv";
    Map<String, String> macros = new LinkedHashMap<>();
    List<String> triggers = new ArrayList<>();
    List<String> vetoes = new ArrayList<>();
    List<String> histories = new ArrayList<>();
    List<String> vetoesAfter = new ArrayList<>();
    List<String> historiesAfter = new ArrayList<>();
    Map<RepresentationAction, List<String>> byAction = new EnumMap<>(RepresentationAction.class);
    for (String[] row : TsvResource.read(file, 2)) {
      String role = row[0];
      if (role.startsWith("@")) {
        macros.put(role.substring(1), row[1]);
        continue;
      }
      String regex = expand(row[1], macros, file);
      switch (role) {
        case "trigger" -> TsvResource.list(row[1]).forEach(t -> triggers.add(t.toLowerCase(Locale.ROOT)));
        case "veto" -> vetoes.add(regex);
        case "history" -> histories.add(regex);
        case "veto-after" -> vetoesAfter.add(regex);
        case "history-after" -> historiesAfter.add(regex);
        default -> {
          RepresentationAction action;
          try {
            action = RepresentationAction.fromLabel(role);
          } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + ": unknown role '" + role + "'", e);
          }
          byAction.computeIfAbsent(action, a -> new ArrayList<>()).add(regex);
        }
      }
    }
    if (triggers.isEmpty() || byAction.isEmpty()) {
      throw new IllegalStateException(file + ": needs trigger words and at least one action");
    }
    Map<RepresentationAction, Pattern> actions = new EnumMap<>(RepresentationAction.class);
    byAction.forEach((action, regexes) -> actions.put(action, compile(regexes, file, flags(language))));
    return new RepresentationVocabulary(language, List.copyOf(triggers), compile(vetoes, file, flags(language)),
        compile(histories, file, flags(language)), compile(vetoesAfter, file, flags(language)),
        compile(historiesAfter, file, flags(language)), actions);
  }

  private static String expand(String regex, Map<String, String> macros, String file) {
    Matcher m = MACRO.matcher(regex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String body = macros.get(m.group(1));
      if (body == null) {
        throw new IllegalStateException(file + ": unknown macro {" + m.group(1) + "} in " + regex);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(body));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** One alternation; a pattern that never matches when the file has no row of the role. */
  private static Pattern compile(List<String> regexes, String file, int flags) {
    String joined = regexes.isEmpty() ? "(?!)" : "(?:" + String.join(")|(?:", regexes) + ")";
    try {
      return Pattern.compile(joined, flags);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalStateException(file + ": bad regex: " + e.getMessage(), e);
    }
  }
}
