package dev.newsroom.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of partnership upgrades, compiled once. Kept apart from the reading logic so the word
 * lists can be reviewed on their own.
 *
 * <p>Two compiled sets: {@link #ENGLISH}, and {@link #MULTILINGUAL} with every other language's phrases
 * merged in. The merged alternations are much slower and let foreign words match English ones (French
 * "porter", Vietnamese "hệ"), so a release gets them only when it names a level in another language.
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
  /** Whether the other languages' verbs count as move verbs. */
  final boolean foreign;

  private UpgradeLanguage(boolean foreign) {
    this.foreign = foreign;
    // Words that may stand between a verb and its level (bridges have no apostrophes).
    String fillers = "a|an|the|new|higher|next|level|levels|of|status|that|full|formal"
        + "|official|fully-fledged|their|its" + other("filler", foreign);
    raiseBridgeEnd = Pattern.compile("\\b(?:to|into|as" + other("to", foreign)
        + ")\\s+(?:(?:" + fillers + ")\\s+){0,4}[\"]?\\s*$", CI);
    establishBridge = Pattern.compile("^\\s*(?:(?:a|an|the|their|its|our|new|formal"
        + "|official|full|fully-fledged|bilateral|of|relations|relationship|ties|level|upgraded|elevated"
        + "|joint|declaration|statement|on"
        + "|higher|into" + other("filler", foreign) + ")\\s+){0,5}[\"]?\\s*$", CI);
    stageCue = Pattern.compile("\\b(?:(?<agreed>agree(?:s|d|ing)?|agreement\\s+(?:to|on)"
        + "|decided|decides?|decision\\s+to|consensus|concurred|committed\\s+to|resolved\\s+to|pledge[sd]?"
        + other("agreed", foreign) + ")"
        + "|(?<proposed>propos(?:e|es|ed|ing|al)|suggest(?:s|ed|ing|ion)?|call(?:s|ed)?\\s+for"
        + "|urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|offer(?:s|ed)?|push(?:es|ed)?\\s+for|seek(?:s|ing)?|sought"
        + "|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|intend(?:s|ed)?|intention|want(?:s|ed)?"
        // "agreed to study / explore / consider upgrading": the agreement is to look at it, not to do it.
        + "|stud(?:y|ies|ied|ying)|explor(?:e|es|ed|ing)|examin(?:e|es|ed|ing)|consider(?:s|ed|ing)?"
        + "|look(?:s|ed|ing)?\\s+into|feasibility|possibility|roadmap"
        + other("proposed", foreign) + ")"
        + "|(?<announced>announc(?:e|es|ed|ing|ement)|declar(?:e|es|ed|ing)|unveil(?:s|ed|ing)?"
        + "|proclaim(?:s|ed|ing)?|confirm(?:s|ed|ing)?" + other("announced", foreign) + ")"
        // A joint statement that was issued or adopted is the act itself: "issued a joint statement elevating".
        + "|(?<established>signed|established|launched|inaugurated|formali[sz]ed|sealed|concluded|completed"
        + "|issued|adopted|endorsed"
        + "|finali[sz]ed" + other("established", foreign) + "))\\b", CI);
    tookEffect = Pattern.compile("\\b(?:took|take|takes|came|come|comes) (?:into )?effect\\b"
        + "|\\b(?:entered|enter|enters|came|come|comes) into force\\b|\\bbec(?:a|o)me effective\\b"
        + "|\\beffective (?:from|as of)\\b|\\b(?:officially|formally) (?:began|begins|started|starts|commenced)\\b"
        + (foreign ? "|\\b(?:" + other("took-effect", true).substring(1) + ")\\b" : ""), CI);
    negation = Pattern.compile("n't\\b|\\b(?:not|never|no longer|neither|nor|failed to"
        + "|fail to|refused to|declined to|yet to|without|rejected|ruled out"
        + "|no (?:decision|agreement|consensus|plans?|intention|move)" + other("negation", foreign)
        + ")\\b", CI);
    hedge = Pattern.compile("\\b(?:could|would|might|(?-i:may)|hope[sd]?|hoping|hopeful"
        + "|wish(?:es|ed)?|expect(?:s|ed|ing)?|aspir\\w*|look(?:s|ing)? forward|possib\\w*|consider(?:s|ed|ing)?"
        + "|explor\\w*|discuss(?:es|ed|ing)?|potential(?:ly)?|should|whether|envisag\\w*|if"
        + other("hedge", foreign) + ")\\b", CI);
    lookingBack = Pattern.compile("\\b(?:reaffirm\\w*|reiterat\\w*|celebrat\\w*"
        + "|commemorat\\w*|anniversary|recall\\w*|since|marked|marking"
        + "|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) years? (?:after|on from)"
        + other("looking-back", foreign) + ")\\b", CI);
  }

  /** Every English in-force phrase contains one of these; most sentences contain none. */
  private static final List<String> TOOK_EFFECT_KEYS = List.of("effect", "force", "began", "begins", "start",
      "commenced");
  /** The English hedge words of {@link #hedge}, looked up word by word: the regex is the hot spot. */
  private static final Set<String> HEDGE_WORDS = Set.of("could", "would", "might", "hope", "hopes", "hoped",
      "hoping", "hopeful", "wish", "wishes", "wished", "expect", "expects", "expected", "expecting", "consider",
      "considers", "considered", "considering", "discuss", "discusses", "discussed", "discussing", "potential",
      "potentially", "should", "whether", "if");
  private static final List<String> HEDGE_STEMS = List.of("aspir", "possib", "explor", "envisag");
  private static final Set<String> LOOK = Set.of("look", "looks", "looking");

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
      Token word = words.get(i);
      String lower = word.lower();
      if (HEDGE_WORDS.contains(lower) || word.text().equals("may")
          || lower.equals("forward") && i > 0 && LOOK.contains(words.get(i - 1).lower())) {
        return true;
      }
      for (String stem : HEDGE_STEMS) {
        if (lower.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The other languages' phrases of a role as extra alternatives, or nothing for English alone. */
  private static String other(String role, boolean foreign) {
    return foreign ? UpgradePhrasing.alternatives(role) : "";
  }

  static final int RAISE_BRIDGE_MAX_WORDS = 14;

  /** Bridges that tie the level to something else: "raise trade to $5 billion under the ... partnership". */
  static final Pattern BRIDGE_VETO = Pattern.compile("\\b(?:anniversary|under|within|framework|pursuant)\\b", CI);

  /** A level followed by these names a document or body of the partnership, not the level reached. */
  static final Pattern LEVEL_AS_LABEL = Pattern.compile("^[\"']?\\s*(?:action plan|plan of action|framework"
      + "|road ?map|programme|program|work plan|implementation|committee|council|fund|agreement|treaty)\\b", CI);

  /** "from a strategic partner" right before a level. */
  static final Pattern FROM_BEFORE_LEVEL = Pattern.compile("\\bfrom\\s+(?:(?:a|an|the|their|its|our|current"
      + "|existing|present)\\s+){0,3}[\"']?\\s*$", CI);
  static final int FROM_REACH = 40;

  /** Stage words further than this before the verb belong to another clause. */
  static final int STAGE_CUE_REACH = 160;

  /** "The ... partnership between A and B took effect": the level may be this far before the phrase. */
  static final int TOOK_EFFECT_SUBJECT_REACH = 80;

  /** Just before the verb: a plan or a future ("to elevate", "will upgrade", "set to raise"). */
  static final Pattern FUTURE_BEFORE_VERB = Pattern.compile("\\b(?:will|shall|to|going to)\\s+(?:\\w+\\s+)?$", CI);
  static final Pattern NOUN_DETERMINER_BEFORE_VERB = Pattern.compile("\\b(?:the|an|a|this|that|its|their)\\s+$", CI);

  static final int NEGATION_REACH = 60;
  static final int LOOKING_BACK_REACH = 80;

  /** Sentence opening with a date: "In 2010, ...", "En 2013, ...", "Desde 2014 ...". */
  static final Pattern DATED_OPENING = Pattern.compile(
      "^(?:In|By|Since|Back in|As early as|As of|En|Dès|Depuis|Desde|Năm)\\s+(?:\\w+\\s+){0,2}?(1[89]\\d\\d|20\\d\\d)\\b");
  /** Before a year, these date the level being left, not the move: "from X, established in 2009, to Y". */
  static final Pattern DATES_FROM_LEVEL = Pattern.compile("\\b(?:established|formed|set up|signed|since|from)\\b"
      + "[^,;]{0,12}$", CI);
  /** {@link #DATES_FROM_LEVEL} can only match within this many characters of the year. */
  static final int DATES_FROM_LEVEL_REACH = 32;
  static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  /** Characters after the level still read as part of the move ("... partnership in 2013"). */
  static final int YEAR_REACH_AFTER_LEVEL = 30;
}
