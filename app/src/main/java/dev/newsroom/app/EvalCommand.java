package dev.newsroom.app;

import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.analysis.eval.EvalCorpus;
import dev.newsroom.analysis.eval.EvalReport;
import dev.newsroom.analysis.eval.Evaluation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluates the analysis on a labelled corpus (JSON Lines: {\"id\",\"title\",\"text\",\"date\","
        + "\"lang\",\"source_kind\",\"label\":{\"is_upgrade\",\"pair\",\"to_level\",\"from_level\",\"stage\","
        + "\"event_key\",\"direction\"}}) and prints precision, recall and F1 per label, then the mistakes.",
        "Exits 1 when the primary-pair or upgrade-detection F1 is below --min-f1, 2 when the file cannot be read."})
final class EvalCommand implements Callable<Integer> {

  /** The F1 scores that gate: the two the desk acts on. */
  private static final List<String> GATED = List.of(Evaluation.PRIMARY_PAIR, Evaluation.UPGRADE);

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE.jsonl", description = "the labelled corpus")
  Path file;

  @Option(names = "--min-f1", defaultValue = "0.95", paramLabel = "F1",
      description = "lowest acceptable F1 for primary pair and upgrade detection (default: ${DEFAULT-VALUE})")
  double minF1;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EvalCorpus.Loaded corpus;
    try {
      corpus = EvalCorpus.read(file);
    } catch (IOException e) {
      err.println("cannot read " + file + ": " + e.getMessage());
      err.flush();
      return 2;
    }
    corpus.problems().forEach(problem -> err.println("skipped " + problem));
    EvalReport report = Evaluation.run(ReleaseAnalyzer.standard(), corpus.cases());
    out.print(report.render());
    int exit = 0;
    for (String label : GATED) {
      double f1 = report.of(label).f1();
      if (f1 < minF1) {
        out.println(String.format(Locale.ROOT, "FAIL %s F1 %.3f < %.3f", label, f1, minF1));
        exit = 1;
      }
    }
    out.flush();
    err.flush();
    return exit;
  }
}
