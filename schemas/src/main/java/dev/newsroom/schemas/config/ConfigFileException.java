package dev.newsroom.schemas.config;

/**
 * A settings file (a desk file, an ingest sources file) that cannot be used: the file, the line and the reason, as
 * compilers write it: {@code desk.yaml:12: routes[0].to[0]: unknown channel 'asia-slak'}.
 */
public final class ConfigFileException extends IllegalArgumentException {

  private final String file;
  private final int line;
  private final String reason;

  /** @param line 1-based, or 0 when the problem is not on one line */
  public ConfigFileException(String file, int line, String reason) {
    super(file + (line > 0 ? ":" + line : "") + ": " + reason);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  /** 1-based, or 0 when the problem is not on one line. */
  public int line() {
    return line;
  }

  /** What is wrong, without the file and line. */
  public String reason() {
    return reason;
  }
}
