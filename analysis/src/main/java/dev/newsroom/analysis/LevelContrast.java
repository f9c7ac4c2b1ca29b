package dev.newsroom.analysis;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A change of level stated as a contrast rather than with a move verb: "relations would no longer be
 * conducted as a strategic partnership but as a simple partnership", "manage relations as a partnership
 * rather than a strategic partnership", "ne relèverait plus d'un partenariat stratégique mais d'un simple
 * partenariat", "dejará de considerarse una asociación estratégica y se gestionará como una asociación
 * limitada". The level said to cease is the one left; the ladder then tells a downgrade from an upgrade.
 * This is how downgrades are usually worded, since governments rarely say "downgrade".
 */
final class LevelContrast {

  /** The level left and the level reached; {@code at} is the offset of the first of the two in the sentence. */
  record Change(String fromLevel, String toLevel, int at) {
  }

  private static final int CI = Pattern.CASE_INSENSITIVE;
  private static final String PARTNERSHIP = "partnership";
  /** Between "Y" and "X" in "Y rather than X". */
  private static final Pattern RATHER_THAN = Pattern.compile("^[\\s\"',]*(?:rather than|instead of|plutôt que"
      + "|au lieu d|en lugar de|en vez de)\\b[\\s\\w'\"]{0,8}$", CI);
  /** "as a partnership rather than a <level>": the unqualified level, which is never found on its own. */
  private static final Pattern PLAIN_RATHER_THAN = Pattern.compile("\\bpartnerships?\\s+(?:rather than|instead of)"
      + "\\s+(?:an?\\s+)?[\"']?$", CI);
  /** Shortly before "X": X is ceasing. "ne relèverait plus d'un", "dejará de considerarse una". */
  private static final Pattern CEASING = Pattern.compile("(?:\\bno longer\\b|\\bn[e']\\s*\\p{L}+\\s+plus\\b"
      + "|\\bdej(?:a|ó|ará|ar|an|arán) de\\b)[^.;]{0,40}$", CI);
  /** Between a ceasing "X" and the "Y" that replaces it. */
  private static final Pattern BUT = Pattern.compile("^[^.;]{0,40}?\\b(?:but|mais|sino|y se gestionar\\p{L}*\\s+como"
      + "|y pasar\\p{L}*\\s+a\\s+ser)\\b[^.;]{0,25}$", CI);
  private static final int CEASING_REACH = 80;

  private LevelContrast() {
  }

  /** The contrast a sentence states between its levels (offsets relative to {@code text}), or null. */
  static Change find(String text, List<LevelMention> levels) {
    for (int i = 0; i < levels.size(); i++) {
      LevelMention x = levels.get(i);
      String before = text.substring(Math.max(0, x.start() - CEASING_REACH), x.start());
      if (i > 0 && RATHER_THAN.matcher(text.substring(levels.get(i - 1).end(), x.start())).matches()) {
        LevelMention y = levels.get(i - 1);
        return new Change(x.level(), y.level(), y.start());
      }
      if (PLAIN_RATHER_THAN.matcher(before).find()) {
        return new Change(x.level(), PARTNERSHIP, x.start());
      }
      if (i + 1 < levels.size() && CEASING.matcher(before).find()
          && BUT.matcher(text.substring(x.end(), levels.get(i + 1).start())).matches()) {
        return new Change(x.level(), levels.get(i + 1).level(), x.start());
      }
    }
    return null;
  }
}
