package dev.newsroom.benchmarks;

import dev.newsroom.analysis.Analysis;
import dev.newsroom.analysis.AnalysisInput;
import dev.newsroom.analysis.Fingerprint;
import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.analysis.TextNormalizer;
import dev.newsroom.analysis.similarity.MinHash;
import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import dev.newsroom.analysis.similarity.Sketch;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Releases per second per core (one thread, so the score is per core) for the analysis, for the
 * normalise-and-fingerprint step of exact deduplication, and for the MinHash signature of near-duplicate
 * detection. Target: more than 5,000 releases/s on 2 KB texts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class AnalyzeBenchmark {

  @Param({"2048", "20480"})
  int size;

  private AnalysisInput input;
  private String text;
  private ReleaseAnalyzer analyzer;
  private final NearDuplicatePolicy policy = NearDuplicatePolicy.standard();
  private final MinHash minHash = policy.minHash();

  @Setup
  public void setUp() {
    text = SampleTexts.ofSize(size);
    input = new AnalysisInput("bench", "US and Vietnam elevate ties", text, LocalDate.of(2023, 9, 11));
    analyzer = ReleaseAnalyzer.standard();
  }

  @Benchmark
  public Analysis analyze() {
    return analyzer.analyze(input);
  }

  @Benchmark
  public String normaliseAndFingerprint() {
    return Fingerprint.of(TextNormalizer.normalize(text));
  }

  /** What near-duplicate detection adds per release: the MinHash signature, its LSH band keys and its sketch. */
  @Benchmark
  public long[] nearDuplicateSignature() {
    int[] signature = minHash.signature(text);
    Sketch.of(signature);
    return policy.bandKeys(signature);
  }
}
