package dev.newsroom.analysis;

import static dev.newsroom.analysis.UpgradeLanguage.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one sentence for statements that parties move to a partnership level: a move verb, the level it
 * leads to, the level it leaves (if stated), and the stage. Drops statements that are negated, hedged
 * ("could", "hope to") without an explicit agreement, looking back ("reaffirmed", "anniversary of"), or
 * dated well before the release.
 */
final class UpgradeStatementReader {

  /** Between a level and the verb it is the subject of: " with Russia should be", " was". */
  private static final Pattern SUBJECT_BEFORE_VERB = Pattern.compile(
      "^(?:\\s+with\\s+(?:the\\s+)?\\p{Lu}\\p{L}+)?\\s+(?:(?:"
      + UpgradePhrasing.alternation(UpgradePhrasing.english("auxiliary")) + ")\\s+){1,3}$");

  /**
   * @param words        the sentence's words (offsets into the release text)
   * @param levelsInText the sentence's level mentions (offsets into the release text)
   * @param lang         the vocabulary: English, or every language when the release names a foreign level
   */
  List<UpgradeStatement> read(Sentence sentence, List<Token> words, List<LevelMention> levelsInText,
      LocalDate releaseDate, UpgradeLanguage lang) {
    if (levelsInText.isEmpty()) {
      return List.of();
    }
    String text = sentence.text();
    int shift = sentence.start();
    List<LevelMention> levels = levelsInText.stream()
        .map(l -> new LevelMention(l.level(), l.start() - shift, l.end() - shift))
        .toList();
    List<UpgradeStatement> statements = new ArrayList<>(1);
    Boolean hedged = null;
    boolean inForce = lang.tookEffect(text);
    // The phrasing files are lower case and the patterns fold ASCII only (full Unicode folding halves
    // throughput): other scripts are matched on a lower-cased copy ("Договор о" is "договор о"). Cues that
    // depend on case ("may", not "May") are read on the text itself.
    String folded = lang.foreign ? folded(text) : text;
    for (UpgradeVerbs.Hit verb : UpgradeVerbs.find(words, lang.foreign)) {
      int verbStart = verb.start() - shift;
      int verbEnd = verb.end() - shift;
      boolean lowering = verb.kind() == UpgradeVerbs.Kind.LOWER;
      LevelMention target = targetLevel(lang, folded, levels, verbEnd, verb.kind() != UpgradeVerbs.Kind.ESTABLISH);
      if (target == null || isRuledOut(lang, folded, text, verbStart, target, releaseDate)) {
        continue;
      }
      StageReading stage = stage(lang, inForce, folded, verbStart, verb.word());
      if (lowering || !stage.firm()) {
        hedged = hedged != null ? hedged : lang.isHedged(text, words);
        if (hedged && lowering) {
          // "should be downgraded": a call to lower ties is news for the desk, as a proposal.
          stage = new StageReading(Stage.PROPOSED, true);
        } else if (hedged && !stage.firm()) {
          continue;
        }
      }
      statements.add(new UpgradeStatement(target.level(), fromLevel(text, levels, verbStart, verbEnd, target),
          stage.stage(), stage.explicit(), lowering));
    }
    if (statements.isEmpty() && lang.verbAfterLevel != null) {
      UpgradeStatement late = verbAfterLevel(lang, text, folded, words, levels, releaseDate);
      if (late != null) {
        statements.add(late);
      }
    }
    if (statements.isEmpty()) {
      LevelContrast.Change change = LevelContrast.find(text, levels);
      if (change != null) {
        // Said as a position ("would no longer be ... but ..."), so hedging words do not drop it.
        Stage cue = stageCue(lang, text, change.at());
        statements.add(new UpgradeStatement(change.toLevel(), change.fromLevel(),
            cue == null ? Stage.ANNOUNCED : cue, cue != null));
        return statements;
      }
      UpgradeStatement levelInForce = inForce ? levelTakingEffect(lang, text, words, levels, releaseDate) : null;
      if (levelInForce != null) {
        statements.add(levelInForce);
      }
    }
    return statements;
  }

  /**
   * The verb after its level, where a language puts it last ("haben ihre Beziehungen zu einer strategischen
   * Partnerschaft aufgewertet", "die eine umfassende Partnerschaft begründet"): the roles {@code *-after-level}.
   * A raise needs its "to" word before the level; a plan form ("auszubauen") needs an agreement or later stage.
   */
  private static UpgradeStatement verbAfterLevel(UpgradeLanguage lang, String text, String folded,
      List<Token> words, List<LevelMention> levels, LocalDate releaseDate) {
    for (LevelMention level : levels) {
      Matcher verb = lang.verbAfterLevel.matcher(folded);
      verb.region(level.end(), Math.min(folded.length(), level.end() + VERB_AFTER_LEVEL_REACH));
      if (!verb.lookingAt()) {
        continue;
      }
      boolean raise = verb.group("raise") != null || verb.group("raiseplan") != null;
      boolean plan = verb.group("raiseplan") != null || verb.group("establishplan") != null;
      String before = folded.substring(Math.max(0, level.start() - VERB_AFTER_LEVEL_REACH), level.start());
      int verbStart = verb.start("verb");
      if (raise && !lang.raiseBridgeEnd.matcher(before).find()
          || isRuledOut(lang, folded, text, verbStart, level, releaseDate)) {
        continue;
      }
      Stage cue = stageCue(lang, folded, level.start());
      boolean firm = cue != null && cue.order() >= Stage.AGREED.order();
      if (plan && !firm || !firm && lang.isHedged(text, words)) {
        continue;
      }
      return new UpgradeStatement(level.level(), null, cue == null ? Stage.ESTABLISHED : cue, cue != null);
    }
    return null;
  }

  /**
   * "The comprehensive strategic partnership between A and B took effect on 1 January": no move verb, the
   * level is the subject. Only for the level named shortly before the phrase, and not for history.
   */
  private static UpgradeStatement levelTakingEffect(UpgradeLanguage lang, String text, List<Token> words,
      List<LevelMention> levels, LocalDate releaseDate) {
    Matcher effect = lang.tookEffect.matcher(text);
    if (!effect.find()) {
      return null;
    }
    LevelMention subject = null;
    for (LevelMention level : levels) {
      if (level.end() <= effect.start() && effect.start() - level.end() <= TOOK_EFFECT_SUBJECT_REACH) {
        subject = level;
      }
    }
    String before = text.substring(0, effect.start());
    boolean ruledOut = subject == null
        || lang.negation.matcher(tail(before, NEGATION_REACH)).find()
        || lang.lookingBack.matcher(before).find()
        || lang.isHedged(text, words)
        || SentenceSignals.mentionsPastYear(words, releaseDate);
    return ruledOut ? null : new UpgradeStatement(subject.level(), null, Stage.TOOK_EFFECT, true);
  }

  /** First level after the verb that the verb actually leads to. */
  private static LevelMention targetLevel(UpgradeLanguage lang, String text, List<LevelMention> levels, int verbEnd, boolean raise) {
    for (LevelMention level : levels) {
      if (level.start() < verbEnd) {
        continue;
      }
      // Apostrophes become spaces so elisions read as words: "au rang d'un" is "au rang d un".
      String bridge = text.substring(verbEnd, level.start()).replace('\'', ' ');
      if (BRIDGE_VETO.matcher(bridge).find()) {
        return null;
      }
      boolean leads = raise
          ? wordCount(bridge) <= RAISE_BRIDGE_MAX_WORDS && lang.raiseBridgeEnd.matcher(bridge).find()
          : lang.establishBridge.matcher(bridge).matches();
      if (leads) {
        return LEVEL_AS_LABEL.matcher(text.substring(level.end())).find() ? null : level;
      }
      if (!raise) {
        return null;
      }
    }
    return null;
  }

  /**
   * "from a strategic partner to ...", "elevate their strategic partnership to ...", or the level as the
   * subject of the move: "the EU's strategic partnership with Russia should be downgraded to ...".
   */
  private static String fromLevel(String text, List<LevelMention> levels, int verbStart, int verbEnd,
      LevelMention target) {
    for (LevelMention level : levels) {
      boolean subject = level.end() <= verbStart
          && SUBJECT_BEFORE_VERB.matcher(text.substring(level.end(), verbStart)).matches();
      if (subject) {
        return level.level();
      }
      if (level.end() > target.start()) {
        break;
      }
      String lead = text.substring(Math.max(0, level.start() - FROM_REACH), level.start());
      boolean afterFrom = FROM_BEFORE_LEVEL.matcher(lead).find();
      if (afterFrom || level.start() >= verbEnd) {
        return level.level();
      }
    }
    return null;
  }

  /** @param folded the sentence as {@link #folded} gives it, for the cues; {@code text} for dated openings */
  private static boolean isRuledOut(UpgradeLanguage lang, String folded, String text, int verbStart,
      LevelMention target, LocalDate releaseDate) {
    String before = folded.substring(0, verbStart);
    if (lang.negation.matcher(tail(before, NEGATION_REACH)).find()) {
      return true;
    }
    if (lang.lookingBack.matcher(tail(before, LOOKING_BACK_REACH)).find()) {
      return true;
    }
    return isDatedHistory(text, verbStart, target, releaseDate);
  }

  /** "In 2010, ..." or "... partnership in 2013" when the release is from much later. */
  private static boolean isDatedHistory(String text, int verbStart, LevelMention target, LocalDate releaseDate) {
    if (releaseDate == null) {
      return false;
    }
    int oldest = releaseDate.getYear() - SentenceSignals.HISTORY_YEARS;
    Matcher opening = DATED_OPENING.matcher(text);
    if (opening.find() && Integer.parseInt(opening.group(1)) <= oldest) {
      return true;
    }
    // "..., а в 2018-м Россия и Египет заключили ...", "who in 2012 elevated": an old year just before the verb,
    // in its own clause, dates the move as much as an opening year does.
    String lead = tail(text.substring(0, verbStart), YEAR_REACH_BEFORE_VERB);
    String clause = lead.substring(lastClauseBreak(lead) + 1);
    Matcher yearsBefore = YEAR.matcher(clause);
    while (yearsBefore.find()) {
      boolean datesFromLevel = DATES_FROM_LEVEL.matcher(tail(clause.substring(0, yearsBefore.start()),
          DATES_FROM_LEVEL_REACH)).find();
      if (!datesFromLevel && Integer.parseInt(yearsBefore.group(1)) <= oldest) {
        return true;
      }
    }
    if (PAST_TIME.matcher(clause).find()) {
      return true;
    }
    // After the level, its clause ("... became strategic partners during Modi's visit to Ulaanbaatar in 2015,").
    int clauseEnd = nextClauseBreak(text, target.end());
    int moveEnd = Math.min(text.length(), Math.max(target.end() + YEAR_REACH_AFTER_LEVEL,
        Math.min(clauseEnd, target.end() + YEAR_REACH_AFTER_LEVEL_CLAUSE)));
    // A verb after its level (German) starts the span after the level's end.
    String move = text.substring(Math.min(verbStart, target.start()), Math.max(moveEnd, verbStart));
    if (PAST_TIME.matcher(move).find()) {
      return true;
    }
    Matcher years = YEAR.matcher(move);
    while (years.find()) {
      boolean datesFromLevel = DATES_FROM_LEVEL.matcher(tail(move.substring(0, years.start()), DATES_FROM_LEVEL_REACH))
          .find();
      if (!datesFromLevel && Integer.parseInt(years.group(1)) <= oldest) {
        return true;
      }
    }
    return false;
  }

  /** The first comma, semicolon or full stop at or after {@code from}, or the text's length. */
  private static int nextClauseBreak(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == ';' || c == '.' || c == '\u060C' || c == '\uFF0C' || c == '\uFF1B' || c == '\u3002') {
        return i;
      }
    }
    return s.length();
  }

  /** The last comma or semicolon (Latin, Arabic, Chinese), or -1. */
  private static int lastClauseBreak(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      char c = s.charAt(i);
      if (c == ',' || c == ';' || c == '\u060C' || c == '\uFF0C' || c == '\uFF1B') {
        return i;
      }
    }
    return -1;
  }

  private record StageReading(Stage stage, boolean explicit) {
    /** Agreements and later stages survive hedging words: "agreed to upgrade, which could boost trade". */
    boolean firm() {
      return explicit && stage.order() >= Stage.AGREED.order();
    }
  }

  private static StageReading stage(UpgradeLanguage lang, boolean inForce, String text, int verbStart, String verb) {
    if (inForce) {
      return new StageReading(Stage.TOOK_EFFECT, true);
    }
    Stage closest = stageCue(lang, text, verbStart);
    if (closest != null) {
      return new StageReading(closest, true);
    }
    return new StageReading(stageFromVerbForm(text.substring(0, verbStart), verb), false);
  }

  /** The stage word closest before {@code at}, or null. */
  private static Stage stageCue(UpgradeLanguage lang, String text, int at) {
    Matcher cues = lang.stageCue.matcher(tail(text.substring(0, at), STAGE_CUE_REACH));
    Stage closest = null;
    while (cues.find()) {
      closest = cues.group("agreed") != null ? Stage.AGREED
          : cues.group("proposed") != null ? Stage.PROPOSED
          : cues.group("announced") != null ? Stage.ANNOUNCED
          : Stage.ESTABLISHED;
    }
    return closest;
  }

  /** Without a stage word the grammar decides: "to elevate" is a plan, "elevated" is done. */
  private static Stage stageFromVerbForm(String before, String verb) {
    if (FUTURE_BEFORE_VERB.matcher(before).find() || UpgradePhrasing.isForeignInfinitive(verb)) {
      return Stage.AGREED;
    }
    if (verb.startsWith("declar")) {
      return Stage.ANNOUNCED;
    }
    boolean noun = verb.endsWith("ion") || verb.endsWith("ment") || NOUN_DETERMINER_BEFORE_VERB.matcher(before).find();
    if (verb.endsWith("ing") || noun) {
      return Stage.ANNOUNCED;
    }
    return Stage.ESTABLISHED;
  }

  /** The text lower-cased when that keeps every offset, else the text. */
  private static String folded(String text) {
    String lower = text.toLowerCase(java.util.Locale.ROOT);
    return lower.length() == text.length() ? lower : text;
  }

  private static String tail(String s, int length) {
    return s.length() <= length ? s : s.substring(s.length() - length);
  }

  private static int wordCount(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean letter = Character.isLetterOrDigit(s.charAt(i));
      if (letter && !inWord) {
        words++;
      }
      inWord = letter;
    }
    return words;
  }
}
