package dev.newsroom.analysis;

import java.util.List;
import java.util.Set;

/**
 * The level a pair leaves, when the sentence stating the move does not say it: releases often give it in
 * another sentence ("The two countries formed a Comprehensive Partnership in 2013", "Hai nước đã là Đối tác
 * Chiến lược từ năm 2018"). Only sentences about the pair alone count, and only levels below the one
 * reached on the pair's ladder; of those the highest, since a pair leaves the level it last held.
 */
final class FromLevelInference {

  private FromLevelInference() {
  }

  static String infer(ReleaseDocument doc, CountryPair pair, String toLevel, PartnershipLadder ladder) {
    String best = null;
    for (Sentence sentence : doc.sentences()) {
      List<LevelMention> levels = doc.levelsIn(sentence);
      if (levels.isEmpty() || !isAboutPairAlone(doc, sentence, pair)) {
        continue;
      }
      for (LevelMention level : levels) {
        boolean below = ladder.isUpgrade(pair, level.level(), toLevel);
        if (below && (best == null || ladder.isUpgrade(pair, best, level.level()))) {
          best = level.level();
        }
      }
    }
    return best;
  }

  /** Names only parties of the pair, or none but refers to "the two countries". */
  private static boolean isAboutPairAlone(ReleaseDocument doc, Sentence sentence, CountryPair pair) {
    Set<String> parties = MentionWeights.partiesIn(doc, sentence);
    if (!parties.stream().allMatch(pair::contains)) {
      return false;
    }
    return !parties.isEmpty() || SentenceSignals.refersToPair(doc.tokensIn(sentence));
  }
}
