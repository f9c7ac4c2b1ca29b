package dev.newsroom.app;

import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.analysis.eval.EvalCorpus;
import dev.newsroom.analysis.eval.EvalReport;
import dev.newsroom.analysis.eval.Evaluation;
import dev.newsroom.analysis.eval.Floors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluates the analysis on labelled corpora (JSON Lines, label format v2 of corpus/README.md, or "
        + "the older v1 labels) and prints, per file: primary pair accuracy, upgrade P/R/F1 (a downgrade counts as "
        + "its own direction), to-level accuracy, representation-change P/R, and upgrade F1 per language.",
        "Mistakes are listed only with --mistakes, and never for test-split cases.",
        "Exits 1 when a figure is below a floor (--floors, --min-f1), 2 when a file cannot be read or has no "
            + "usable case."})
final class EvalCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE.jsonl", description = "the labelled corpora")
  List<Path> files;

  @Option(names = "--floors", paramLabel = "KEY=VALUE,...",
      description = "lowest acceptable figures, e.g. pair=0.97,upgrade.p=0.97,upgrade.r=0.95,to-level=0.95,"
          + "representation.p=0.95,representation.r=0.95,lang.f1=0.90; applied to every file")
  String floors;

  @Option(names = "--min-f1", paramLabel = "F1",
      description = "lowest acceptable F1 for primary pair and upgrade detection (older form of --floors)")
  Double minF1;

  @Option(names = "--mistakes", description = "list the mistakes (tune files only: test-split cases are never listed)")
  boolean mistakes;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Floors gate;
    try {
      gate = Floors.parse(floors);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.flush();
      return 2;
    }
    int exit = 0;
    for (Path file : files) {
      exit = Math.max(exit, evaluate(file, gate, out, err));
    }
    out.flush();
    err.flush();
    return exit;
  }

  private int evaluate(Path file, Floors gate, PrintWriter out, PrintWriter err) {
    EvalCorpus.Loaded corpus;
    try {
      corpus = EvalCorpus.read(file);
    } catch (IOException e) {
      err.println("cannot read " + file + ": " + e.getMessage());
      return 2;
    }
    corpus.problems().forEach(problem -> err.println(file + ": skipped " + problem));
    if (corpus.cases().isEmpty()) {
      err.println(file + ": no usable cases (" + corpus.problems().size() + " lines skipped); nothing to measure");
      return 2;
    }
    boolean testFile = file.getFileName().toString().startsWith("test");
    if (mistakes && testFile) {
      err.println(file + ": mistakes are never listed for the test split");
    }
    EvalReport report = Evaluation.run(ReleaseAnalyzer.standard(), corpus.cases());
    out.println("== " + file);
    out.print(report.render(mistakes && !testFile));
    List<String> failures = new ArrayList<>(gate.failures(report));
    if (minF1 != null) {
      for (String label : List.of(Evaluation.PRIMARY_PAIR, Evaluation.UPGRADE)) {
        double f1 = report.of(label).f1();
        if (f1 < minF1) {
          failures.add(String.format(Locale.ROOT, "%s F1 %.3f < %.3f", label, f1, minF1));
        }
      }
    }
    failures.forEach(failure -> out.println("FAIL " + file.getFileName() + " " + failure));
    out.println();
    return failures.isEmpty() ? 0 : 1;
  }
}
