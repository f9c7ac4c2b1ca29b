package dev.newsroom.consumer.desk;

/** A desk file that cannot be used, with the file, the line and the reason, e.g. {@code desk.yaml:12: ...}. */
public final class DeskConfigException extends IllegalArgumentException {

  private final int line;

  public DeskConfigException(String file, int line, String reason) {
    super("desk file " + file + (line > 0 ? " line " + line : "") + ": " + reason);
    this.line = line;
  }

  /** 1-based, or 0 when the problem is not on one line. */
  public int line() {
    return line;
  }
}
