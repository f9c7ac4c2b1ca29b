package dev.newsroom.analysis;

import static dev.newsroom.analysis.UpgradeLanguage.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads one sentence for statements that parties move to a partnership level: a move verb, the level it
 * leads to, the level it leaves (if stated), and the stage. Drops statements that are negated, hedged
 * ("could", "hope to") without an explicit agreement, looking back ("reaffirmed", "anniversary of"), or
 * dated well before the release.
 */
final class UpgradeStatementReader {

  /**
   * @param words        the sentence's words (offsets into the release text)
   * @param levelsInText the sentence's level mentions (offsets into the release text)
   */
  List<UpgradeStatement> read(Sentence sentence, List<Token> words, List<LevelMention> levelsInText,
      LocalDate releaseDate) {
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
    for (UpgradeVerbs.Hit verb : UpgradeVerbs.find(words)) {
      int verbStart = verb.start() - shift;
      int verbEnd = verb.end() - shift;
      boolean lowering = verb.kind() == UpgradeVerbs.Kind.LOWER;
      LevelMention target = targetLevel(text, levels, verbEnd, verb.kind() != UpgradeVerbs.Kind.ESTABLISH);
      if (target == null || isRuledOut(text, verbStart, target, releaseDate)) {
        continue;
      }
      StageReading stage = stage(text, verbStart, verb.word());
      if (!stage.firm()) {
        hedged = hedged != null ? hedged : HEDGE.matcher(text).find();
        if (hedged) {
          continue;
        }
      }
      statements.add(new UpgradeStatement(target.level(), fromLevel(text, levels, verbEnd, target),
          stage.stage(), stage.explicit(), lowering));
    }
    if (statements.isEmpty()) {
      UpgradeStatement inForce = levelTakingEffect(text, levels, releaseDate);
      if (inForce != null) {
        statements.add(inForce);
      }
    }
    return statements;
  }

  /**
   * "The comprehensive strategic partnership between A and B took effect on 1 January": no move verb, the
   * level is the subject. Only for the level named shortly before the phrase, and not for history.
   */
  private static UpgradeStatement levelTakingEffect(String text, List<LevelMention> levels, LocalDate releaseDate) {
    Matcher effect = TOOK_EFFECT.matcher(text);
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
        || NEGATION.matcher(tail(before, NEGATION_REACH)).find()
        || LOOKING_BACK.matcher(before).find()
        || HEDGE.matcher(text).find()
        || SentenceSignals.mentionsPastYear(WordTokenizer.tokenize(text), releaseDate);
    return ruledOut ? null : new UpgradeStatement(subject.level(), null, Stage.TOOK_EFFECT, true);
  }

  /** First level after the verb that the verb actually leads to. */
  private static LevelMention targetLevel(String text, List<LevelMention> levels, int verbEnd, boolean raise) {
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
          ? wordCount(bridge) <= RAISE_BRIDGE_MAX_WORDS && RAISE_BRIDGE_END.matcher(bridge).find()
          : ESTABLISH_BRIDGE.matcher(bridge).matches();
      if (leads) {
        return LEVEL_AS_LABEL.matcher(text.substring(level.end())).find() ? null : level;
      }
      if (!raise) {
        return null;
      }
    }
    return null;
  }

  /** "from a strategic partner to ..." or "elevate their strategic partnership to ...". */
  private static String fromLevel(String text, List<LevelMention> levels, int verbEnd, LevelMention target) {
    for (LevelMention level : levels) {
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

  private static boolean isRuledOut(String text, int verbStart, LevelMention target, LocalDate releaseDate) {
    String before = text.substring(0, verbStart);
    if (NEGATION.matcher(tail(before, NEGATION_REACH)).find()) {
      return true;
    }
    if (LOOKING_BACK.matcher(tail(before, LOOKING_BACK_REACH)).find()) {
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
    int moveEnd = Math.min(text.length(), target.end() + YEAR_REACH_AFTER_LEVEL);
    String move = text.substring(verbStart, moveEnd);
    Matcher years = YEAR.matcher(move);
    while (years.find()) {
      boolean datesFromLevel = DATES_FROM_LEVEL.matcher(move.substring(0, years.start())).find();
      if (!datesFromLevel && Integer.parseInt(years.group(1)) <= oldest) {
        return true;
      }
    }
    return false;
  }

  private record StageReading(Stage stage, boolean explicit) {
    /** Agreements and later stages survive hedging words: "agreed to upgrade, which could boost trade". */
    boolean firm() {
      return explicit && stage.order() >= Stage.AGREED.order();
    }
  }

  private static StageReading stage(String text, int verbStart, String verb) {
    if (TOOK_EFFECT.matcher(text).find()) {
      return new StageReading(Stage.TOOK_EFFECT, true);
    }
    String before = text.substring(0, verbStart);
    Matcher cues = STAGE_CUE.matcher(tail(before, STAGE_CUE_REACH));
    Stage closest = null;
    while (cues.find()) {
      closest = cues.group("agreed") != null ? Stage.AGREED
          : cues.group("proposed") != null ? Stage.PROPOSED
          : cues.group("announced") != null ? Stage.ANNOUNCED
          : Stage.ESTABLISHED;
    }
    if (closest != null) {
      return new StageReading(closest, true);
    }
    return new StageReading(stageFromVerbForm(before, verb), false);
  }

  /** Without a stage word the grammar decides: "to elevate" is a plan, "elevated" is done. */
  private static Stage stageFromVerbForm(String before, String verb) {
    if (FUTURE_BEFORE_VERB.matcher(before).find() || UpgradePhrasing.isForeignInfinitive(verb)) {
      return Stage.AGREED;
    }
    boolean noun = verb.endsWith("ion") || verb.endsWith("ment") || NOUN_DETERMINER_BEFORE_VERB.matcher(before).find();
    if (verb.endsWith("ing") || noun) {
      return Stage.ANNOUNCED;
    }
    return Stage.ESTABLISHED;
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
