package dev.newsroom.analysis;

/** An {@link UpgradeStatement} with its parties resolved and the sentence that made it. */
record UpgradeCandidate(CountryPair pair, UpgradeStatement statement, Sentence sentence, boolean inTitle) {
}
