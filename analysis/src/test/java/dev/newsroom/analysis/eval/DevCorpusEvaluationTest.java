package dev.newsroom.analysis.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.newsroom.analysis.ReleaseAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quality floors of issue 3, measured on the labelled development corpus. The floors are what the desk
 * needs to trust an alert; the full table and the mistakes are printed so a failure shows what went wrong.
 */
class DevCorpusEvaluationTest {

  /** Relative to the analysis module, where Surefire runs. */
  private static final Path CORPUS = Path.of("../corpus/dev.jsonl");

  @Test
  void shouldMeetTheQualityFloorsOnTheDevCorpus() throws IOException {
    assumeTrue(Files.isRegularFile(CORPUS), "no labelled corpus at " + CORPUS.toAbsolutePath()
        + "; the evaluation is skipped");
    EvalCorpus.Loaded corpus = EvalCorpus.read(CORPUS);
    assumeTrue(!corpus.cases().isEmpty(), "the corpus at " + CORPUS.toAbsolutePath() + " has no cases yet");

    EvalReport report = Evaluation.run(ReleaseAnalyzer.standard(), corpus.cases());
    System.out.println(report.render());

    assertThat(report.of(Evaluation.PRIMARY_PAIR).f1()).as(report.table()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.of(Evaluation.UPGRADE).precision()).as(report.table()).isGreaterThanOrEqualTo(0.95);
    assertThat(report.of(Evaluation.UPGRADE).recall()).as(report.table()).isGreaterThanOrEqualTo(0.90);
    assertThat(report.accuracy(Evaluation.TO_LEVEL)).as(report.table()).isGreaterThanOrEqualTo(0.95);
  }
}
