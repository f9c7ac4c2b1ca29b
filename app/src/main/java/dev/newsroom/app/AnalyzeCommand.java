package dev.newsroom.app;

import dev.newsroom.analysis.AnalysisJson;
import dev.newsroom.analysis.ReleaseAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Analyses releases without Kafka, JSON Lines in on standard input and out on standard output.",
        "In, one release per line: {\"id\",\"title\",\"text\",\"date\"}, id and text required.",
        "Out, one JSON object per line: {\"id\",\"countries\",\"pairs\",\"primary_pair\",\"upgrade\"}.",
        "A bad line is reported on standard error and the others are still analysed; exits 1 if any line was bad."})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  InputStream in = System.in;

  @Override
  public Integer call() throws IOException {
    ReleaseAnalyzer analyzer = ReleaseAnalyzer.standard();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int bad = 0;
    int number = 0;
    BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.println(AnalysisJson.toJson(analyzer.analyze(AnalysisJson.readInput(line))));
      } catch (IllegalArgumentException e) {
        bad++;
        err.println("line " + number + ": " + e.getMessage());
      }
    }
    out.flush();
    err.flush();
    return bad == 0 ? 0 : 1;
  }
}
