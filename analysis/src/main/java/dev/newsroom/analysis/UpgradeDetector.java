package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the partnership upgrade a release states, if any.
 *
 * <p>Every sentence is read for upgrade statements. Each statement's parties are the two named in the
 * sentence, or the release's primary pair when the sentence speaks of "their" ties, "the two countries"
 * or names only one of them. Of all statements the one about the primary pair at the furthest stage wins
 * and gives the evidence sentence; the level they leave may come from any statement of the same pair and
 * level ("I proposed to improve the relationship from a strategic partner to ..."). A move down the ladder
 * ("downgraded ties", or from a higher to a lower level) is reported as a downgrade, never as an upgrade;
 * a move to a peer level is neither.
 */
final class UpgradeDetector {

  private static final Logger LOG = LoggerFactory.getLogger(UpgradeDetector.class);
  /** Moves of this many pairs in one text make it a roundup ({@link #isRoundup}). */
  private static final int ROUNDUP_PAIRS = 3;

  private final PartnershipLadder ladder;
  private final UpgradeStatementReader reader = new UpgradeStatementReader();

  UpgradeDetector(PartnershipLadder ladder) {
    this.ladder = ladder;
  }

  /** The upgrade and the downgrade a release states; either may be null. */
  record Moves(Move upgrade, Move downgrade) {
  }

  Moves detect(ReleaseDocument doc, PairTagging tagging) {
    List<UpgradeCandidate> candidates = new ArrayList<>();
    List<UpgradeCandidate> downgrades = new ArrayList<>();
    UpgradeLanguage language = doc.language();
    for (Sentence sentence : doc.sentences()) {
      List<UpgradeStatement> statements = reader.read(sentence, doc.tokensIn(sentence), doc.levelsIn(sentence),
          doc.date(), language);
      if (statements.isEmpty() && !doc.levelsIn(sentence).isEmpty() && CjkStatementReader.applies(sentence.text())) {
        statements = cjk(sentence, doc);
      }
      if (statements.isEmpty()) {
        continue;
      }
      CountryPair pair = partiesOf(doc, sentence, tagging);
      for (UpgradeStatement statement : statements) {
        if (pair == null) {
          LOG.debug("Upgrade statement without two parties: {}", sentence.text());
        } else if (isDowngrade(pair, statement)) {
          downgrades.add(new UpgradeCandidate(pair, statement, sentence, doc.isTitle(sentence)));
        } else if (statement.fromLevel() != null && !ladder.isUpgrade(pair, statement.fromLevel(), statement.toLevel())) {
          LOG.debug("Not an upgrade ({} -> {}): {}", statement.fromLevel(), statement.toLevel(), sentence.text());
        } else {
          candidates.add(new UpgradeCandidate(pair, statement, sentence, doc.isTitle(sentence)));
        }
      }
    }
    if (isRoundup(candidates)) {
      LOG.debug("Upgrades of {} pairs: a roundup of past moves, not news of one", ROUNDUP_PAIRS);
      candidates.clear();
    }
    Move upgrade = choose(candidates, tagging.primary(), true);
    if (upgrade != null && upgrade.fromLevel() == null) {
      String from = FromLevelInference.infer(doc, upgrade.pair(), upgrade.toLevel(), ladder);
      if (from != null) {
        upgrade = upgrade.withFromLevel(from);
      }
    }
    return new Moves(upgrade, choose(downgrades, tagging.primary(), false));
  }

  /**
   * A text that states moves of this many different pairs lists them ("In April, A and B ...; in July, C and D
   * ..."): a year-end roundup or a survey, whose moves are all past news.
   */
  private static boolean isRoundup(List<UpgradeCandidate> candidates) {
    return candidates.stream().map(UpgradeCandidate::pair).distinct().count() >= ROUNDUP_PAIRS;
  }

  /** Chinese and Japanese: the move is a marker glued to the level, read on sentence offsets. */
  private static List<UpgradeStatement> cjk(Sentence sentence, ReleaseDocument doc) {
    int shift = sentence.start();
    List<LevelMention> levels = doc.levelsIn(sentence).stream()
        .map(l -> new LevelMention(l.level(), l.start() - shift, l.end() - shift)).toList();
    UpgradeStatement statement = CjkStatementReader.read(sentence.text(), levels, doc.date());
    return statement == null ? List.of() : List.of(statement);
  }

  /** Said with a lowering verb, or from a level to one below it on the pair's ladder. */
  private boolean isDowngrade(CountryPair pair, UpgradeStatement statement) {
    return statement.lowering()
        || statement.fromLevel() != null && ladder.isUpgrade(pair, statement.toLevel(), statement.fromLevel());
  }

  private Move choose(List<UpgradeCandidate> candidates, CountryPair primary, boolean up) {
    List<UpgradeCandidate> aboutPrimary = candidates.stream().filter(c -> c.pair().equals(primary)).toList();
    List<UpgradeCandidate> pool = aboutPrimary.isEmpty() ? candidates : aboutPrimary;
    UpgradeCandidate best = pool.stream().min(strongestFirst()).orElse(null);
    if (best == null) {
      return null;
    }
    String toLevel = best.statement().toLevel();
    String fromLevel = best.statement().fromLevel();
    if (fromLevel == null) {
      fromLevel = pool.stream()
          .filter(c -> c.pair().equals(best.pair()) && c.statement().toLevel().equals(toLevel))
          .filter(c -> c.statement().fromLevel() != null)
          .sorted(strongestFirst())
          .map(c -> c.statement().fromLevel())
          .findFirst().orElse(null);
    }
    boolean wrongWay = up ? !ladder.isUpgrade(best.pair(), fromLevel, toLevel)
        : !best.statement().lowering() && !ladder.isUpgrade(best.pair(), toLevel, fromLevel);
    if (fromLevel != null && wrongWay) {
      return null;
    }
    return Move.partnership(up ? Direction.UPGRADE : Direction.DOWNGRADE, best.pair(), fromLevel, toLevel,
        best.statement().stage(), null, confidence(best, primary), best.sentence().text());
  }

  /**
   * How sure the reading is: a stage said in words ("agreed", "signed") in the body is surest; a stage guessed
   * from the verb form, a headline alone, or a pair other than the release's primary pair is less sure.
   */
  private static double confidence(UpgradeCandidate best, CountryPair primary) {
    if (best.statement().stage() == Stage.PROPOSED) {
      // One side's proposal is no decision: the first stage of an event's lifecycle, never a ledger move.
      return 0.5;
    }
    double confidence = best.statement().explicitStage() ? 0.9 : 0.75;
    if (best.inTitle()) {
      confidence -= 0.1;
    }
    if (!best.pair().equals(primary)) {
      confidence -= 0.2;
    }
    return confidence;
  }

  /**
   * A headline's stage guessed from its verb form comes last: headlines use the present tense for any stage
   * ("Korea, Vietnam upgrade relations"). Then the furthest stage, a stated rather than inferred stage, body
   * before title, earliest.
   */
  private static Comparator<UpgradeCandidate> strongestFirst() {
    return Comparator.comparing((UpgradeCandidate c) -> c.inTitle() && !c.statement().explicitStage())
        .thenComparingInt(c -> -c.statement().stage().order())
        .thenComparing(c -> !c.statement().explicitStage())
        .thenComparing(UpgradeCandidate::inTitle)
        .thenComparingInt(c -> c.sentence().index());
  }

  /** The two parties a statement is about, or null. */
  private static CountryPair partiesOf(ReleaseDocument doc, Sentence sentence, PairTagging tagging) {
    Set<String> parties = MentionWeights.partiesIn(doc, sentence);
    CountryPair primary = tagging.primary();
    if (primary != null && parties.containsAll(primary.toList())) {
      return primary;
    }
    List<String> codes = List.copyOf(parties);
    if (codes.size() == 2) {
      return CountryPair.of(codes.get(0), codes.get(1));
    }
    if (codes.size() > 2) {
      return tagging.bestPairAmong(codes);
    }
    boolean pointsToPrimary = codes.isEmpty() || primary != null && primary.contains(codes.get(0));
    if (pointsToPrimary) {
      return primary;
    }
    // One party named ("the Prime Minister met the Egyptian President and ..."): its best-evidenced pair.
    return tagging.bestPairWith(codes.get(0));
  }
}
