package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of partnership upgrades, compiled once from the phrasing files ({@link UpgradePhrasing}).
 * Kept apart from the reading logic: this class says how the roles of the files combine into patterns, the
 * files say which words fill them.
 *
 * <p>Two compiled sets: {@link #ENGLISH}, from {@code phrasing-en.tsv} alone, and {@link #MULTILINGUAL} with
 * every language's phrases. The merged alternations are much slower and let foreign words match English ones
 * (French "porter", Vietnamese "hệ"), so a release gets them only when it names a level in another language.
 */
final class UpgradeLanguage {

  // No UNICODE_CASE: it halves throughput; the other languages' phrases are listed in lower case.
  private static final int CI = Pattern.CASE_INSENSITIVE;

  static final UpgradeLanguage ENGLISH = new UpgradeLanguage(false);
  static final UpgradeLanguage MULTILINGUAL = new UpgradeLanguage(true);

  /** What may stand between a raise verb and the level: "... the Cambodia-Japan relations to a \"". */
  final Pattern raiseBridgeEnd;
  /** What may stand between an establish verb and the level: "established a new \"". */
  final Pattern establishBridge;
  /**
   * Stage words before the move; the one closest to the verb decides. Group names are stages. Document
   * nouns ("a joint declaration establishing ...") are not cues: what was done with the document is.
   */
  final Pattern stageCue;
  /** Anywhere in the sentence: the new level is in force. */
  final Pattern tookEffect;
  /** Negation shortly before the move: "did not agree to upgrade". */
  final Pattern negation;
  /** Hopes and hypotheticals anywhere in the sentence; "may" only in lower case (not the month). */
  final Pattern hedge;
  /** Looking back at an existing level rather than moving to a new one. */
  final Pattern lookingBack;
  /**
   * Right after a level, a move verb where a language puts it last (German), group "verb"; null when no
   * language in the set does. Groups raise, establish, and their plan forms (infinitives).
   */
  final Pattern verbAfterLevel;
  /** Whether the other languages' verbs count as move verbs. */
  final boolean foreign;

  private UpgradeLanguage(boolean foreign) {
    this.foreign = foreign;
    // Bridges have no apostrophes (the reader turns them into spaces).
    raiseBridgeEnd = Pattern.compile("\\b(?:" + words("to") + ")\\s+(?:(?:" + words("filler", "raise-filler")
        + ")\\s+){0,4}[\"]?\\s*$", CI);
    establishBridge = Pattern.compile("^\\s*(?:(?:" + words("filler", "establish-filler") + ")\\s+){0,5}[\"]?\\s*$",
        CI);
    stageCue = Pattern.compile("\\b(?:(?<agreed>" + words("agreed") + ")|(?<proposed>" + words("proposed")
        + ")|(?<announced>" + words("announced") + ")|(?<established>" + words("established") + "))\\b", CI);
    tookEffect = Pattern.compile("\\b(?:" + words("took-effect") + ")\\b", CI);
    negation = Pattern.compile("\\b(?:" + words("negation") + ")\\b", CI);
    hedge = Pattern.compile("\\b(?:" + words("hedge") + "|(?-i:" + words("hedge-lower-case") + "))\\b", CI);
    lookingBack = Pattern.compile("\\b(?:" + words("looking-back") + ")\\b", CI);
    boolean verbLast = foreign && !UpgradePhrasing.all("raise-after-level", "establish-after-level").isEmpty();
    // No punctuation between: "... Partnerschaft, die 2011 gegründet wurde" is another clause.
    verbAfterLevel = verbLast ? Pattern.compile("[^.,;:!?()\"“”„]*?\\b(?<verb>(?<raise>" + words("raise-after-level")
        + ")|(?<raiseplan>" + words("raise-after-level-plan") + ")|(?<establish>" + words("establish-after-level")
        + ")|(?<establishplan>" + words("establish-after-level-plan") + "))\\b", CI) : null;
  }

  /** The phrases of {@code roles} as one alternation: English alone, or every language. */
  private String words(String... roles) {
    return UpgradePhrasing.alternation(foreign ? UpgradePhrasing.all(roles) : UpgradePhrasing.english(roles));
  }

  /** Every English in-force phrase holds one of these words (the longest of its words); most sentences none. */
  private static final List<String> TOOK_EFFECT_KEYS = keys(UpgradePhrasing.english("took-effect"));
  /** The English phrases of {@link #hedge}, looked up word by word: the regex is the hot spot. */
  private static final PhraseSet HEDGES = new PhraseSet(UpgradePhrasing.english("hedge"));
  private static final Set<String> HEDGES_AS_WRITTEN = Set.copyOf(UpgradePhrasing.english("hedge-lower-case"));

  /** Whether the sentence states that a level is in force ("took effect", "entered into force"). */
  boolean tookEffect(String sentence) {
    if (!foreign) {
      String lower = sentence.toLowerCase(Locale.ROOT);
      if (TOOK_EFFECT_KEYS.stream().noneMatch(lower::contains)) {
        return false;
      }
    }
    return tookEffect.matcher(sentence).find();
  }

  /** {@link #hedge} over the sentence; for English a word look-up that gives the same answer. */
  boolean isHedged(String sentence, List<Token> words) {
    if (foreign) {
      return hedge.matcher(sentence).find();
    }
    for (int i = 0; i < words.size(); i++) {
      if (HEDGES.matchesAt(words, i) || HEDGES_AS_WRITTEN.contains(words.get(i).text())) {
        return true;
      }
    }
    return false;
  }

  private static List<String> keys(List<String> phrases) {
    List<String> keys = new ArrayList<>();
    for (String phrase : phrases) {
      String longest = "";
      for (String word : phrase.split(" ")) {
        longest = word.length() > longest.length() ? word : longest;
      }
      if (!keys.contains(longest)) {
        keys.add(longest);
      }
    }
    // A key holding another is redundant: "effective" holds "effect".
    return keys.stream().filter(k -> keys.stream().noneMatch(o -> !o.equals(k) && k.contains(o))).toList();
  }

  /** Every language's phrases of {@code roles}, whole words, case-insensitive. */
  private static Pattern anyOf(String... roles) {
    return Pattern.compile("\\b(?:" + UpgradePhrasing.alternation(UpgradePhrasing.all(roles)) + ")\\b", CI);
  }

  private static String alternation(String role) {
    return UpgradePhrasing.alternation(UpgradePhrasing.all(role));
  }

  static final int RAISE_BRIDGE_MAX_WORDS = 14;

  /** Bridges that tie the level to something else: "raise trade to $5 billion under the ... partnership". */
  static final Pattern BRIDGE_VETO = anyOf("bridge-veto");

  /** A level followed by these names a document or body of the partnership, not the level reached. */
  static final Pattern LEVEL_AS_LABEL = Pattern.compile("^[\"']?\\s*(?:" + alternation("level-label") + ")\\b", CI);

  /** "from a strategic partner" right before a level. */
  static final Pattern FROM_BEFORE_LEVEL = Pattern.compile("\\b(?:" + alternation("from") + ")\\s+(?:(?:"
      + alternation("from-filler") + ")\\s+){0,3}[\"']?\\s*$", CI);
  static final int FROM_REACH = 40;

  /** Stage words further than this before the verb belong to another clause. */
  static final int STAGE_CUE_REACH = 160;

  /** "The ... partnership between A and B took effect": the level may be this far before the phrase. */
  static final int TOOK_EFFECT_SUBJECT_REACH = 140;

  /** Just before the verb: a plan or a future ("to elevate", "will upgrade", "set to raise"). */
  static final Pattern FUTURE_BEFORE_VERB = Pattern.compile("\\b(?:" + alternation("future-before-verb")
      + ")\\s+(?:\\w+\\s+)?$", CI);
  static final Pattern NOUN_DETERMINER_BEFORE_VERB = Pattern.compile("\\b(?:" + alternation("noun-determiner")
      + ")\\s+$", CI);

  /** How far after a level its verb may stand, where the verb comes last. */
  static final int VERB_AFTER_LEVEL_REACH = 60;

  static final int NEGATION_REACH = 60;
  static final int LOOKING_BACK_REACH = 80;

  /** Sentence opening with a date: "In 2010, ...", "En 2013, ...", "Desde 2014 ...", as written at a start. */
  static final Pattern DATED_OPENING = Pattern.compile("^(?:" + UpgradePhrasing.alternation(
      UpgradePhrasing.all("dated-opening").stream().map(UpgradeLanguage::capitalised).toList())
      + ")\\s+(?:\\w+\\s+){0,2}?(1[89]\\d\\d|20\\d\\d)\\b");
  /** Before a year, these date the level being left, not the move: "from X, established in 2009, to Y". */
  static final Pattern DATES_FROM_LEVEL = Pattern.compile("\\b(?:" + alternation("dates-from-level") + ")\\b"
      + "[^,;]{0,12}$", CI);
  /** {@link #DATES_FROM_LEVEL} can only match within this many characters of the year. */
  static final int DATES_FROM_LEVEL_REACH = 32;
  static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  /** Characters before the verb in which a year, in the verb's clause, dates the move ("who in 2012 elevated"). */
  static final int YEAR_REACH_BEFORE_VERB = 50;
  /** A time said relative to the release that is past news: "last year", "two years ago", "l'an dernier". */
  static final Pattern PAST_TIME = anyOf("past-time");
  /** After the level, a year up to the end of its clause dates the move, at most this far. */
  static final int YEAR_REACH_AFTER_LEVEL_CLAUSE = 70;
  /** Characters after the level still read as part of the move ("... partnership in 2013"). */
  static final int YEAR_REACH_AFTER_LEVEL = 30;

  private static String capitalised(String phrase) {
    return phrase.isEmpty() ? phrase : Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1);
  }
}
