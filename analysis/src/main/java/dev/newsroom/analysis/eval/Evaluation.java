package dev.newsroom.analysis.eval;

import dev.newsroom.analysis.Analysis;
import dev.newsroom.analysis.CountryPair;
import dev.newsroom.analysis.Move;
import dev.newsroom.analysis.ReleaseAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Runs the analyzer over labelled cases and scores it label by label. The metrics are the ones a desk
 * cares about: the right pair, an alert for every move and none for anything else, the right level.
 *
 * <p>A partnership move is right only when its direction and its pair are the labelled ones: a downgrade
 * reported as an upgrade is a false alert and a miss, and so is an upgrade of the wrong pair. Representation
 * changes are scored the same way. To-level, from-level and stage are only judged where the label (or the
 * system) states one, because an unlabelled from-level is "not said", not "wrong".
 */
public final class Evaluation {

  public static final String PRIMARY_PAIR = "primary pair";
  /** Partnership moves, either way; a downgrade counts as its own direction. */
  public static final String UPGRADE = "upgrade detection";
  public static final String DOWNGRADE = "downgrade detection";
  public static final String TO_LEVEL = "to-level";
  public static final String FROM_LEVEL = "from-level";
  public static final String STAGE = "stage";
  public static final String REPRESENTATION = "representation";
  public static final String REPRESENTATION_ACTION = "repr. action";

  private final Map<String, Counts> counts = new LinkedHashMap<>();
  private final Map<String, Counts> upgradeByLanguage = new TreeMap<>();
  private final Map<String, Integer> casesByLanguage = new TreeMap<>();
  private final List<Mistake> mistakes = new ArrayList<>();
  private int cases;
  private int pairCorrect;
  private int movesFound;
  private int toLevelCorrect;
  private int stageJudged;
  private int stageCorrect;
  private int changesFound;
  private int actionCorrect;

  private Evaluation() {
    for (String label : List.of(PRIMARY_PAIR, UPGRADE, DOWNGRADE, TO_LEVEL, FROM_LEVEL, STAGE, REPRESENTATION,
        REPRESENTATION_ACTION)) {
      counts.put(label, Counts.ZERO);
    }
  }

  public static EvalReport run(ReleaseAnalyzer analyzer, List<EvalCase> cases) {
    Evaluation evaluation = new Evaluation();
    for (EvalCase c : cases) {
      evaluation.score(c, analyzer.analyze(c.input()));
    }
    return new EvalReport(evaluation.cases, evaluation.counts, evaluation.accuracy(), evaluation.upgradeByLanguage,
        evaluation.casesByLanguage, evaluation.mistakes);
  }

  private Map<String, EvalReport.Accuracy> accuracy() {
    return Map.of(PRIMARY_PAIR, new EvalReport.Accuracy(pairCorrect, cases),
        TO_LEVEL, new EvalReport.Accuracy(toLevelCorrect, movesFound),
        STAGE, new EvalReport.Accuracy(stageCorrect, stageJudged),
        REPRESENTATION_ACTION, new EvalReport.Accuracy(actionCorrect, changesFound));
  }

  private void score(EvalCase c, Analysis a) {
    cases++;
    EvalLabel label = c.label();
    scorePair(c, label.pair(), a.primaryPair());
    scorePartnership(c, label, a);
    scoreRepresentation(c, label, a);
  }

  private void scorePartnership(EvalCase c, EvalLabel label, Analysis a) {
    EvalLabel.PartnershipLabel expected = label.partnership();
    Move found = a.upgrade() != null ? a.upgrade() : a.downgrade();
    String expectedKey = expected == null ? null : expected.direction() + " " + key(label.pair());
    String foundKey = found == null ? null : found.direction().label() + " " + found.pair().key();
    boolean right = expected != null && expectedKey.equals(foundKey);
    boolean fp = found != null && !right;
    boolean fn = expected != null && !right;
    add(UPGRADE, right, fp, fn, expected == null && found == null);
    String lang = c.lang() == null ? "?" : c.lang();
    casesByLanguage.merge(lang, 1, Integer::sum);
    upgradeByLanguage.put(lang, upgradeByLanguage.getOrDefault(lang, Counts.ZERO).plus(right, fp, fn,
        expected == null && found == null));
    if (!right && (expected != null || found != null)) {
      mistakes.add(mistake(c, UPGRADE, expected == null ? "none" : expectedKey + " -> " + expected.toLevel(),
          describe(found)));
    }
    boolean downExpected = label.isDowngrade();
    boolean downFound = found != null && found.direction().label().equals("downgrade");
    add(DOWNGRADE, downExpected && right, downFound && !right, downExpected && !right, !downExpected && !downFound);
    if (right) {
      movesFound++;
      toLevelCorrect += Objects.equals(expected.toLevel(), found.toLevel()) ? 1 : 0;
    }
    if (right || found != null || expected != null) {
      valued(c, TO_LEVEL, expected == null ? null : expected.toLevel(), found == null ? null : found.toLevel());
      valued(c, FROM_LEVEL, expected == null ? null : expected.fromLevel(), found == null ? null : found.fromLevel());
    }
    if (expected != null && expected.stage() != null) {
      String stage = right ? found.stage().label() : null;
      stageJudged++;
      stageCorrect += expected.stage().equals(stage) ? 1 : 0;
      valued(c, STAGE, expected.stage(), stage);
    }
  }

  /** v1 labels say nothing about representation, so a change found there is neither right nor wrong. */
  private void scoreRepresentation(EvalCase c, EvalLabel label, Analysis a) {
    if (label.version() < 2) {
      return;
    }
    EvalLabel.RepresentationLabel expected = label.representation();
    Move found = a.representation();
    String expectedKey = expected == null ? null : expected.direction() + " " + key(label.pair());
    String foundKey = found == null ? null : found.direction().label() + " " + found.pair().key();
    boolean right = expected != null && expectedKey.equals(foundKey);
    add(REPRESENTATION, right, found != null && !right, expected != null && !right,
        expected == null && found == null);
    if (!right && (expected != null || found != null)) {
      mistakes.add(mistake(c, REPRESENTATION, expected == null ? "none" : expectedKey + " " + expected.action(),
          found == null ? "none" : foundKey + " " + found.action().label() + " [" + found.evidence() + "]"));
    }
    if (right) {
      changesFound++;
      boolean sameAction = expected.action().equals(found.action().label());
      actionCorrect += sameAction ? 1 : 0;
      add(REPRESENTATION_ACTION, sameAction, !sameAction, !sameAction, false);
      if (!sameAction) {
        mistakes.add(mistake(c, REPRESENTATION_ACTION, expected.action(), found.action().label()));
      }
    }
  }

  private void scorePair(EvalCase c, CountryPair expected, CountryPair actual) {
    boolean right = Objects.equals(expected, actual);
    pairCorrect += right ? 1 : 0;
    add(PRIMARY_PAIR, expected != null && right, actual != null && !right, expected != null && !right,
        expected == null && actual == null);
    if (!right) {
      mistakes.add(mistake(c, PRIMARY_PAIR, key(expected), key(actual)));
    }
  }

  /** A value judged where either side states one: a wrong value is both a false positive and a miss. */
  private void valued(EvalCase c, String label, String expected, String actual) {
    if (expected == null && actual == null) {
      return;
    }
    boolean right = Objects.equals(expected, actual);
    add(label, right, actual != null && !right, expected != null && !right, false);
    if (!right) {
      mistakes.add(mistake(c, label, String.valueOf(expected), String.valueOf(actual)));
    }
  }

  private static Mistake mistake(EvalCase c, String field, String expected, String actual) {
    return new Mistake(c.id(), field, expected, actual, c.heldOut());
  }

  private void add(String label, boolean tp, boolean fp, boolean fn, boolean tn) {
    counts.put(label, counts.get(label).plus(tp, fp, fn, tn));
  }

  private static String key(CountryPair pair) {
    return pair == null ? "none" : pair.key();
  }

  private static String describe(Move u) {
    return u == null ? "none" : u.direction().label() + " " + u.pair().key() + " " + u.fromLevel() + " -> "
        + u.toLevel() + " [" + u.stage().label() + "] [" + u.evidence() + "]";
  }
}
