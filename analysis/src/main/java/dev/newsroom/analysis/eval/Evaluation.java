package dev.newsroom.analysis.eval;

import dev.newsroom.analysis.Analysis;
import dev.newsroom.analysis.CountryPair;
import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.analysis.Move;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs the analyzer over labelled cases and scores it label by label. The metrics are the ones a desk
 * cares about: the right pair, an alert for every upgrade and none for anything else, the right level.
 * To-level, from-level and stage are only judged where the label (or the system) states one, because an
 * unlabelled from-level is "not said", not "wrong".
 */
public final class Evaluation {

  public static final String PRIMARY_PAIR = "primary pair";
  public static final String UPGRADE = "upgrade detection";
  public static final String TO_LEVEL = "to-level";
  public static final String FROM_LEVEL = "from-level";
  public static final String STAGE = "stage";
  public static final String DOWNGRADE = "downgrade detection";

  private final Map<String, Counts> counts = new LinkedHashMap<>();
  private final List<Mistake> mistakes = new ArrayList<>();
  private int cases;
  private int detectedTrueUpgrades;
  private int toLevelCorrect;
  private int stageJudged;
  private int stageCorrect;

  private Evaluation() {
    for (String label : List.of(PRIMARY_PAIR, UPGRADE, TO_LEVEL, FROM_LEVEL, STAGE, DOWNGRADE)) {
      counts.put(label, Counts.ZERO);
    }
  }

  public static EvalReport run(ReleaseAnalyzer analyzer, List<EvalCase> cases) {
    Evaluation evaluation = new Evaluation();
    for (EvalCase c : cases) {
      evaluation.score(c, analyzer.analyze(c.input()));
    }
    return new EvalReport(evaluation.cases, evaluation.counts, evaluation.accuracy(), evaluation.mistakes);
  }

  private Map<String, EvalReport.Accuracy> accuracy() {
    return Map.of(TO_LEVEL, new EvalReport.Accuracy(toLevelCorrect, detectedTrueUpgrades),
        STAGE, new EvalReport.Accuracy(stageCorrect, stageJudged));
  }

  private void score(EvalCase c, Analysis a) {
    cases++;
    EvalLabel label = c.label();
    scorePair(c.id(), label.pair(), a.primaryPair());
    Move upgrade = a.upgrade();
    Move downgrade = a.downgrade();
    binary(c.id(), UPGRADE, label.isUpgrade(), upgrade != null, describe(upgrade));
    binary(c.id(), DOWNGRADE, label.isDowngrade(), downgrade != null, describe(downgrade));
    Move event = label.isDowngrade() ? downgrade : upgrade;
    if (label.isUpgrade() && upgrade != null) {
      detectedTrueUpgrades++;
      toLevelCorrect += Objects.equals(label.toLevel(), upgrade.toLevel()) ? 1 : 0;
    }
    if (label.isUpgrade() || upgrade != null) {
      valued(c.id(), TO_LEVEL, label.isUpgrade() ? label.toLevel() : null, upgrade == null ? null : upgrade.toLevel());
    }
    if (label.isUpgrade() || label.isDowngrade() || event != null) {
      valued(c.id(), FROM_LEVEL, label.fromLevel(), event == null ? null : event.fromLevel());
    }
    if (label.stage() != null) {
      String stage = event == null ? null : event.stage().label();
      stageJudged++;
      stageCorrect += label.stage().equals(stage) ? 1 : 0;
      valued(c.id(), STAGE, label.stage(), stage);
    }
  }

  private void scorePair(String id, CountryPair expected, CountryPair actual) {
    boolean right = Objects.equals(expected, actual);
    add(PRIMARY_PAIR, expected != null && right, actual != null && !right, expected != null && !right,
        expected == null && actual == null);
    if (!right) {
      mistakes.add(new Mistake(id, PRIMARY_PAIR, key(expected), key(actual)));
    }
  }

  private void binary(String id, String label, boolean expected, boolean actual, String found) {
    add(label, expected && actual, !expected && actual, expected && !actual, !expected && !actual);
    if (expected != actual) {
      mistakes.add(new Mistake(id, label, String.valueOf(expected), actual ? found : "none"));
    }
  }

  /** A value judged where either side states one: a wrong value is both a false positive and a miss. */
  private void valued(String id, String label, String expected, String actual) {
    if (expected == null && actual == null) {
      return;
    }
    boolean right = Objects.equals(expected, actual);
    add(label, right, actual != null && !right, expected != null && !right, false);
    if (!right) {
      mistakes.add(new Mistake(id, label, String.valueOf(expected), String.valueOf(actual)));
    }
  }

  private void add(String label, boolean tp, boolean fp, boolean fn, boolean tn) {
    counts.put(label, counts.get(label).plus(tp, fp, fn, tn));
  }

  private static String key(CountryPair pair) {
    return pair == null ? "none" : pair.key();
  }

  private static String describe(Move u) {
    return u == null ? "none" : u.pair().key() + " " + u.fromLevel() + " -> " + u.toLevel() + " [" + u.stage().label()
        + "]";
  }
}
