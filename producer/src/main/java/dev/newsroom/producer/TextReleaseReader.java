package dev.newsroom.producer;

import java.util.Arrays;

/**
 * Plain text and Markdown: the first non-blank line is the title (without Markdown heading marks or
 * emphasis), the whole text is the body. Normalisation happens later, in the topology.
 */
final class TextReleaseReader {

  private TextReleaseReader() {}

  static ReleaseDraft read(String text, SourceDefaults defaults) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("file is empty");
    }
    String title = Arrays.stream(text.split("\\R"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .findFirst()
        .map(line -> line.replaceFirst("^#+\\s*", "").replace("**", "").replace("__", "").strip())
        .orElse(null);
    return new ReleaseDraft(null, title, text.strip(), null, null, null, defaults.toSource());
  }
}
