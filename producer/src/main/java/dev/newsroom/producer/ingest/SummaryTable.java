package dev.newsroom.producer.ingest;

import java.util.List;

/** The table {@code newsroom ingest --once} ends with: one row per source, then the totals. */
public final class SummaryTable {

  private SummaryTable() {}

  public static String format(List<SourceStats> rows) {
    int width = Math.max(6, rows.stream().mapToInt(r -> r.id().length()).max().orElse(0));
    String line = "%-6s %-" + width + "s %9s %6s %5s %7s %6s  %s%n";
    StringBuilder table = new StringBuilder(String.format(line, "kind", "source", "published", "failed", "seen",
        "not-mod", "errors", "last error"));
    long published = 0;
    long failed = 0;
    long errors = 0;
    for (SourceStats row : rows) {
      table.append(String.format(line, row.kind(), row.id(), row.published(), row.failed(), row.skipped(),
          row.notModified(), row.errors(), row.lastError() == null ? "" : row.lastError()));
      published += row.published();
      failed += row.failed();
      errors += row.errors();
    }
    table.append(published).append(" published, ").append(failed).append(" failed, ").append(errors)
        .append(" source error").append(errors == 1 ? "" : "s").append(System.lineSeparator());
    return table.toString();
  }
}
