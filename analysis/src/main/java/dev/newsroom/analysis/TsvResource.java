package dev.newsroom.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the module's tab-separated data files: '#' starts a comment line, blank lines are skipped. */
final class TsvResource {

  /** Marks an empty cell, so a row keeps its column count visibly. */
  static final String EMPTY_CELL = "-";

  private TsvResource() {
  }

  /** Rows of {@code resourceName} (relative to this package), each with exactly {@code columns} cells. */
  static List<String[]> read(String resourceName, int columns) {
    try (InputStream in = TsvResource.class.getResourceAsStream(resourceName)) {
      if (in == null) {
        throw new IllegalStateException("missing data file on the classpath: " + resourceName);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String[]> rows = new ArrayList<>();
      String line;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(resourceName + ":" + lineNumber + ": expected " + columns
              + " tab-separated columns, found " + cells.length);
        }
        rows.add(Arrays.stream(cells).map(String::strip).toArray(String[]::new));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resourceName, e);
    }
  }

  /** Splits a '|'-separated list cell; {@link #EMPTY_CELL} gives an empty list. */
  static List<String> list(String cell) {
    if (cell.isEmpty() || cell.equals(EMPTY_CELL)) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
