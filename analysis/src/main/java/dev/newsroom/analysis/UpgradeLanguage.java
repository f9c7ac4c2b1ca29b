package dev.newsroom.analysis;

import java.util.regex.Pattern;

/**
 * The vocabulary of partnership upgrades, compiled once. Kept apart from the reading logic so the word
 * lists can be reviewed on their own.
 */
final class UpgradeLanguage {

  // No UNICODE_CASE: it halves throughput; the other languages' phrases are listed in lower case.
  private static final int CI = Pattern.CASE_INSENSITIVE;
  /** Words that may stand between a verb and its level, in every language (bridges have no apostrophes). */
  private static final String FILLERS = "a|an|the|new|higher|next|level|levels|of|status|that|full|formal"
      + "|official|fully-fledged|their|its" + UpgradePhrasing.alternatives("filler");

  /** What may stand between a raise verb and the level: "... the Cambodia-Japan relations to a \"". */
  static final Pattern RAISE_BRIDGE_END = Pattern.compile("\\b(?:to|into|as" + UpgradePhrasing.alternatives("to")
      + ")\\s+(?:(?:" + FILLERS + ")\\s+){0,4}[\"]?\\s*$", CI);
  static final int RAISE_BRIDGE_MAX_WORDS = 14;

  /** What may stand between an establish verb and the level: "established a new \"". */
  static final Pattern ESTABLISH_BRIDGE = Pattern.compile("^\\s*(?:(?:a|an|the|their|its|our|new|formal"
      + "|official|full|fully-fledged|bilateral|of|relations|relationship|ties|level|upgraded|elevated"
      + "|joint|declaration|statement|on"
      + "|higher|into" + UpgradePhrasing.alternatives("filler") + ")\\s+){0,5}[\"]?\\s*$", CI);

  /** Bridges that tie the level to something else: "raise trade to $5 billion under the ... partnership". */
  static final Pattern BRIDGE_VETO = Pattern.compile("\\b(?:anniversary|under|within|framework|pursuant)\\b", CI);

  /** A level followed by these names a document or body of the partnership, not the level reached. */
  static final Pattern LEVEL_AS_LABEL = Pattern.compile("^[\"']?\\s*(?:action plan|plan of action|framework"
      + "|road ?map|programme|program|work plan|implementation|committee|council|fund|agreement|treaty)\\b", CI);

  /** "from a strategic partner" right before a level. */
  static final Pattern FROM_BEFORE_LEVEL = Pattern.compile("\\bfrom\\s+(?:(?:a|an|the|their|its|our|current"
      + "|existing|present)\\s+){0,3}[\"']?\\s*$", CI);
  static final int FROM_REACH = 40;

  /**
   * Stage words before the move; the one closest to the verb decides. Group names are stages. Document
   * nouns ("a joint declaration establishing ...") are not cues: what was done with the document is.
   */
  static final Pattern STAGE_CUE = Pattern.compile("\\b(?:(?<agreed>agree(?:s|d|ing)?|agreement\\s+(?:to|on)"
      + "|decided|decides?|decision\\s+to|consensus|concurred|committed\\s+to|resolved\\s+to|pledge[sd]?"
      + UpgradePhrasing.alternatives("agreed") + ")"
      + "|(?<proposed>propos(?:e|es|ed|ing|al)|suggest(?:s|ed|ing|ion)?|call(?:s|ed)?\\s+for"
      + "|urg(?:e|es|ed|ing)|invit(?:e|es|ed|ing)|offer(?:s|ed)?|push(?:es|ed)?\\s+for|seek(?:s|ing)?|sought"
      + "|plan(?:s|ned|ning)?|aim(?:s|ed|ing)?|intend(?:s|ed)?|intention|want(?:s|ed)?"
      + UpgradePhrasing.alternatives("proposed") + ")"
      + "|(?<announced>announc(?:e|es|ed|ing|ement)|declar(?:e|es|ed|ing)|unveil(?:s|ed|ing)?"
      + "|proclaim(?:s|ed|ing)?|confirm(?:s|ed|ing)?" + UpgradePhrasing.alternatives("announced") + ")"
      + "|(?<established>signed|established|launched|inaugurated|formali[sz]ed|sealed|concluded|completed"
      + "|finali[sz]ed" + UpgradePhrasing.alternatives("established") + "))\\b", CI);

  /** Stage words further than this before the verb belong to another clause. */
  static final int STAGE_CUE_REACH = 160;

  /** Anywhere in the sentence: the new level is in force. */
  static final Pattern TOOK_EFFECT = Pattern.compile("\\b(?:took|take|takes|came|come|comes) (?:into )?effect\\b"
      + "|\\b(?:entered|enter|enters|came|come|comes) into force\\b|\\bbec(?:a|o)me effective\\b"
      + "|\\beffective (?:from|as of)\\b|\\b(?:officially|formally) (?:began|begins|started|starts|commenced)\\b"
      + "|\\b(?:" + UpgradePhrasing.alternatives("took-effect").substring(1) + ")\\b", CI);

  /** "The ... partnership between A and B took effect": the level may be this far before the phrase. */
  static final int TOOK_EFFECT_SUBJECT_REACH = 80;

  /** Just before the verb: a plan or a future ("to elevate", "will upgrade", "set to raise"). */
  static final Pattern FUTURE_BEFORE_VERB = Pattern.compile("\\b(?:will|shall|to|going to)\\s+(?:\\w+\\s+)?$", CI);
  static final Pattern NOUN_DETERMINER_BEFORE_VERB = Pattern.compile("\\b(?:the|an|a|this|that|its|their)\\s+$", CI);

  /** Negation shortly before the move: "did not agree to upgrade". */
  static final Pattern NEGATION = Pattern.compile("n't\\b|\\b(?:not|never|no longer|neither|nor|failed to"
      + "|fail to|refused to|declined to|yet to|without|rejected|ruled out" + UpgradePhrasing.alternatives("negation")
      + ")\\b", CI);
  static final int NEGATION_REACH = 60;

  /** Hopes and hypotheticals anywhere in the sentence; "may" only in lower case (not the month). */
  static final Pattern HEDGE = Pattern.compile("\\b(?:could|would|might|(?-i:may)|hope[sd]?|hoping|hopeful"
      + "|wish(?:es|ed)?|expect(?:s|ed|ing)?|aspir\\w*|look(?:s|ing)? forward|possib\\w*|consider(?:s|ed|ing)?"
      + "|explor\\w*|discuss(?:es|ed|ing)?|potential(?:ly)?|should|whether|envisag\\w*|if"
      + UpgradePhrasing.alternatives("hedge") + ")\\b", CI);

  /** Looking back at an existing level rather than moving to a new one. */
  static final Pattern LOOKING_BACK = Pattern.compile("\\b(?:reaffirm\\w*|reiterat\\w*|celebrat\\w*"
      + "|commemorat\\w*|anniversary|recall\\w*|since|marked|marking" + UpgradePhrasing.alternatives("looking-back")
      + ")\\b", CI);
  static final int LOOKING_BACK_REACH = 80;

  /** Sentence opening with a date: "In 2010, ...". */
  static final Pattern DATED_OPENING = Pattern.compile(
      "^(?:In|By|Since|Back in|As early as|As of)\\s+(?:\\w+\\s+){0,2}?(1[89]\\d\\d|20\\d\\d)\\b");
  /** Before a year, these date the level being left, not the move: "from X, established in 2009, to Y". */
  static final Pattern DATES_FROM_LEVEL = Pattern.compile("\\b(?:established|formed|set up|signed|since|from)\\b"
      + "[^,;]{0,12}$", CI);
  static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
  /** Characters after the level still read as part of the move ("... partnership in 2013"). */
  static final int YEAR_REACH_AFTER_LEVEL = 30;

  private UpgradeLanguage() {
  }
}
