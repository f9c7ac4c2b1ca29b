package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The analysis of one release: normalise title and text, find the parties and the pair acting together,
 * detect a partnership upgrade or downgrade and a change of diplomatic representation.
 *
 * <p>Holds only immutable, preloaded data and compiled patterns, so one instance serves every thread;
 * {@link #standard()} is that instance.
 */
public final class ReleaseAnalyzer {

  private static final Logger LOG = LoggerFactory.getLogger(ReleaseAnalyzer.class);

  private final Gazetteer gazetteer;
  private final PartnershipLadder ladder;
  private final PairTagger pairTagger = new PairTagger();
  private final UpgradeDetector upgradeDetector;
  private final RepresentationDetector representationDetector = new RepresentationDetector();

  public ReleaseAnalyzer(Gazetteer gazetteer, PartnershipLadder ladder) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.ladder = Objects.requireNonNull(ladder, "ladder");
    this.upgradeDetector = new UpgradeDetector(ladder);
  }

  /** The shared analyzer over the standard gazetteer and ladder. */
  public static ReleaseAnalyzer standard() {
    return Holder.INSTANCE;
  }

  public Analysis analyze(AnalysisInput in) {
    Objects.requireNonNull(in, "in");
    String body = TextNormalizer.normalize(in.text());
    LocalDate date = ReleaseDates.resolve(in.date(), body, in.arrival());
    ReleaseDocument doc = new ReleaseDocument(TextNormalizer.normalize(in.title()), body, date, gazetteer, ladder);
    PairTagging tagging = pairTagger.tag(doc);
    UpgradeDetector.Moves moves = upgradeDetector.detect(doc, tagging);
    LOG.debug("Analysed release {}: countries={} primary={} upgrade={} downgrade={}", in.id(), tagging.countries(),
        tagging.primary(), moves.upgrade(), moves.downgrade());
    List<Move> found = new ArrayList<>(3);
    if (moves.upgrade() != null) {
      found.add(moves.upgrade());
    }
    if (moves.downgrade() != null) {
      found.add(moves.downgrade());
    }
    Move representation = representationDetector.detect(doc, tagging);
    if (representation != null) {
      found.add(representation);
    }
    return new Analysis(in.id(), tagging.countries(), tagging.pairs(), tagging.primary(), found, date);
  }

  private static final class Holder {
    private static final ReleaseAnalyzer INSTANCE =
        new ReleaseAnalyzer(Gazetteer.standard(), PartnershipLadder.standard());
  }
}
