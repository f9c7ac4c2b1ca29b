package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads partnership moves in Chinese and Japanese, which write no spaces, so the word-based reader finds no
 * verb: the move is a marker glued to the level name, before it in Chinese ("将中孟关系提升为全面战略合作伙伴关系")
 * or after it in Japanese (「包括的戦略的パートナーシップ」への格上げ). Negations, hedges ("希望", "見通し") and looking
 * back ("以来", "周年") anywhere before the marker drop it, and so does a year long before the release.
 * Vocabulary: the {@code cjk-*} roles of {@code phrasing-zh.tsv} and {@code phrasing-ja.tsv}.
 */
final class CjkStatementReader {

  private static final Pattern BEFORE = endsWith("cjk-before-level");
  /** A marker, then a quoted qualifier ending in 的: 提升为“致力于和平、合作与可持续发展的全面战略伙伴关系”. */
  private static final Pattern BEFORE_QUALIFIED = Pattern.compile("(?<marker>" + alternation("cjk-before-level")
      + ")[\"“「『]?[^\"“”「」『』。，,；;]{2,30}的$");
  private static final Pattern AFTER = startsWith("cjk-after-level");
  private static final Pattern AGREED = anywhere("cjk-agreed");
  private static final Pattern ANNOUNCED = anywhere("cjk-announced");
  private static final Pattern ESTABLISHED = anywhere("cjk-established");
  private static final Pattern HEDGE = anywhere("cjk-hedge");
  private static final Pattern NEGATION = anywhere("cjk-negation");
  private static final Pattern LOOKING_BACK = anywhere("cjk-looking-back");
  /** Right after the level, the level is an anniversary's or a period's: 建立战略伙伴关系20周年, ...以来. */
  private static final Pattern AFTER_LOOKING_BACK = Pattern.compile("^[\\s\"“”「」『』》0-9０-９]{0,6}(?:"
      + alternation("cjk-after-level-looking-back") + ")");
  /** Before the level left: 从全面伙伴关系提升为..., 由2014年建立的...伙伴关系提升为... */
  private static final Pattern FROM_BEFORE = Pattern.compile("(?:" + alternation("cjk-from-before")
      + ")[^，,。；;]{0,16}$");
  /** "2016年建立...以来，一致决定将...": a since-clause dates the level left, not the move after its comma. */
  private static final Pattern SINCE_CLAUSE = Pattern.compile("^.*(?:" + alternation("cjk-since") + ")[^，,；;、]*[，,；;、]");
  /** "2016年..." dates the move; "2015年から続く" (going on since 2015) dates the level left, so it does not. */
  private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年(?!から|以来)");
  /** Quotes and the pair's short names may stand between marker and level: 提升为“全面战略伙伴关系”. */
  private static final int MARKER_REACH = 8;
  /** How far before the level a marker may stand when a qualifier ending in 的 comes between. */
  private static final int QUALIFIED_REACH = 40;

  private CjkStatementReader() {
  }

  /** Whether the sentence has Han or kana characters, so this reader applies. */
  static boolean applies(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u3040' && c <= '\u30ff' || c >= '\u4e00' && c <= '\u9fff') {
        return true;
      }
    }
    return false;
  }

  /** @param levels the sentence's level mentions, offsets into the sentence */
  static UpgradeStatement read(String text, List<LevelMention> levels, LocalDate releaseDate) {
    for (LevelMention level : levels) {
      String before = text.substring(Math.max(0, level.start() - MARKER_REACH), level.start());
      String wideBefore = text.substring(Math.max(0, level.start() - QUALIFIED_REACH), level.start());
      String after = text.substring(level.end(), Math.min(text.length(), level.end() + MARKER_REACH + 4));
      Matcher marked = BEFORE.matcher(before);
      Matcher trailing = AFTER.matcher(after);
      int markerEnd;
      if (AFTER_LOOKING_BACK.matcher(after).find()) {
        continue;
      }
      Matcher qualified = BEFORE_QUALIFIED.matcher(wideBefore);
      boolean markedBefore = true;
      if (marked.find()) {
        markerEnd = level.start();
      } else if (qualified.find()) {
        // The qualifier is part of the level's name: its words (致力于, "committed to") are no hedge.
        markerEnd = level.start() - wideBefore.length() + qualified.end("marker");
      } else if (trailing.find()) {
        markerEnd = level.end() + trailing.end();
        markedBefore = false;
      } else {
        continue;
      }
      String lead = text.substring(0, markerEnd);
      // Japanese ends the sentence with what was done with the move ("格上げする方向で検討"), so its hedges and
      // negations count after the marker too; a Chinese marker is the verb, and later clauses are other news.
      String governing = markedBefore ? lead : text;
      Matcher since = SINCE_CLAUSE.matcher(lead);
      String scoped = since.find() ? lead.substring(since.end()) : lead;
      if (NEGATION.matcher(governing).find() || HEDGE.matcher(governing).find()
          || LOOKING_BACK.matcher(scoped).find() || isHistory(scoped, releaseDate)) {
        continue;
      }
      // Japanese puts the agreeing verb last ("...に格上げすることで一致した"), so cues count anywhere.
      Stage stage = ESTABLISHED.matcher(text).find() ? Stage.ESTABLISHED
          : AGREED.matcher(text).find() ? Stage.AGREED
          : ANNOUNCED.matcher(text).find() ? Stage.ANNOUNCED : null;
      return new UpgradeStatement(level.level(), fromLevel(text, levels, level, markerEnd),
          stage == null ? Stage.ANNOUNCED : stage, stage != null);
    }
    return null;
  }

  /** A level before the marker that 从 or 由 introduces ("from"), or null. */
  private static String fromLevel(String text, List<LevelMention> levels, LevelMention target, int markerEnd) {
    for (LevelMention level : levels) {
      if (level != target && level.end() <= Math.min(markerEnd, target.start())
          && FROM_BEFORE.matcher(text.substring(Math.max(0, level.start() - 20), level.start())).find()) {
        return level.level();
      }
    }
    return null;
  }

  private static boolean isHistory(String lead, LocalDate releaseDate) {
    if (releaseDate == null) {
      return false;
    }
    Matcher year = YEAR.matcher(lead);
    while (year.find()) {
      if (Integer.parseInt(year.group(1)) <= releaseDate.getYear() - SentenceSignals.HISTORY_YEARS) {
        return true;
      }
    }
    return false;
  }

  private static String alternation(String role) {
    List<String> forms = UpgradePhrasing.foreign(role);
    return forms.isEmpty() ? "(?!)" : String.join("|", forms.stream().map(Pattern::quote).toList());
  }

  private static Pattern endsWith(String role) {
    return Pattern.compile("(?:" + alternation(role) + ")[\\s\"“”「」『』《》\\p{IsHan}]{0,4}$");
  }

  private static Pattern startsWith(String role) {
    return Pattern.compile("^[\\s\"“”「」『』]{0,2}(?:" + alternation(role) + ")");
  }

  private static Pattern anywhere(String role) {
    return Pattern.compile(alternation(role));
  }
}
