package dev.newsroom.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The two documents the project started from, read from {@code shared/seeds} beside the repository
 * (tests run with the module directory as working directory, so that is {@code ../../shared/seeds}).
 */
final class SeedDocuments {

  static final Path SEEDS = Path.of("..", "..", "shared", "seeds");
  static final String MINISTRY_FILE = "000_21f63cceed1f3906.txt";
  static final String NEWSPAPER_FILE = "002_62c5509b09e661f9.txt";

  private SeedDocuments() {
  }

  /** Cambodia's foreign ministry press release of 12 November 2022, whole file as text, no separate title. */
  static AnalysisInput ministryRelease() {
    return new AnalysisInput("seed-000", null, read(MINISTRY_FILE), LocalDate.of(2022, 11, 12));
  }

  /** The Phnom Penh Post report of 15 November 2022, whole page text, no separate title. */
  static AnalysisInput newspaperReport() {
    return new AnalysisInput("seed-002", null, read(NEWSPAPER_FILE), LocalDate.of(2022, 11, 15));
  }

  static String read(String fileName) {
    Path file = SEEDS.resolve(fileName);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("seed document not found at " + file.toAbsolutePath().normalize()
          + "; the tests expect shared/seeds beside the repository");
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
