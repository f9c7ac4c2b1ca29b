package dev.newsroom.producer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads release files and folders: {@code .txt}, {@code .md}, {@code .html}/{@code .htm}, {@code .pdf} (text
 * layer, through PDFBox), {@code .json} (one release or an array) and {@code .jsonl} (one release per line).
 * Every problem becomes a failed {@link ReadItem} with its reason, so one bad file or line never hides the
 * others; a file of a type we do not read is one of them, even inside a folder, so that nothing is skipped
 * without a word.
 */
public final class ReleaseFiles {

  public static final Set<String> EXTENSIONS = Set.of("txt", "md", "html", "htm", "pdf", "json", "jsonl");

  private final SourceDefaults defaults;
  private final Clock clock;
  private final Instant defaultDate;

  public ReleaseFiles(SourceDefaults defaults, Clock clock) {
    this(defaults, clock, null);
  }

  /**
   * @param defaultDate the publication date of releases that carry none (plain text and Markdown never do;
   *     HTML, PDF and JSON may not), or null to leave it unknown
   */
  public ReleaseFiles(SourceDefaults defaults, Clock clock, Instant defaultDate) {
    this.defaults = defaults;
    this.clock = clock;
    this.defaultDate = defaultDate;
  }

  /**
   * Reads every path; folders are walked recursively, hidden files skipped, and a file of an unsupported type
   * becomes a failed item like any other unreadable file.
   */
  public List<ReadItem> read(List<Path> paths) {
    List<ReadItem> items = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> files = Files.walk(path)) {
          files.filter(Files::isRegularFile)
              .filter(file -> !file.getFileName().toString().startsWith("."))
              .sorted()
              .forEach(file -> items.addAll(readFile(file)));
        } catch (IOException | java.io.UncheckedIOException e) {
          items.add(ReadItem.failed(path.toString(), "cannot list folder: " + e.getMessage()));
        }
      } else {
        items.addAll(readFile(path));
      }
    }
    return items;
  }

  /** Reads one file with a supported extension; every problem becomes a failed item. */
  public List<ReadItem> readFile(Path file) {
    String location = file.toString();
    String extension = extension(file);
    if (!EXTENSIONS.contains(extension)) {
      return List.of(ReadItem.failed(location, "unsupported file type '." + extension + "'; supported: "
          + EXTENSIONS.stream().sorted().toList()));
    }
    String text;
    String name = file.getFileName().toString();
    try {
      byte[] bytes = Files.readAllBytes(file);
      if (extension.equals("pdf")) {
        return List.of(readOne(location, name, () -> PdfReleaseReader.read(bytes, null, defaults)));
      }
      text = decode(bytes);
    } catch (NoSuchFileException e) {
      return List.of(ReadItem.failed(location, "no such file"));
    } catch (IOException e) {
      return List.of(ReadItem.failed(location, "cannot read: " + e.getMessage()));
    } catch (IllegalArgumentException e) {
      return List.of(ReadItem.failed(location, e.getMessage()));
    }
    return switch (extension) {
      case "jsonl" -> readJsonLines(location, name, text);
      case "json" -> readJson(location, name, text);
      default -> List.of(readOne(location, name, () -> extension.startsWith("htm")
          ? HtmlReleaseReader.read(text, defaults) : TextReleaseReader.read(text, defaults)));
    };
  }

  private List<ReadItem> readJsonLines(String location, String name, String text) {
    List<ReadItem> items = new ArrayList<>();
    String[] lines = text.split("\\R", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      String line = lines[i];
      items.add(readOne(location + ":" + (i + 1), name,
          () -> JsonReleaseReader.read(JsonReleaseReader.parse(line), defaults)));
    }
    if (items.isEmpty()) {
      items.add(ReadItem.failed(location, "file has no releases"));
    }
    return items;
  }

  private List<ReadItem> readJson(String location, String name, String text) {
    JsonNode root;
    try {
      root = JsonReleaseReader.parse(text);
    } catch (IllegalArgumentException e) {
      return List.of(ReadItem.failed(location, e.getMessage()));
    }
    if (!root.isArray()) {
      return List.of(readOne(location, name, () -> JsonReleaseReader.read(root, defaults)));
    }
    List<ReadItem> items = new ArrayList<>();
    for (int i = 0; i < root.size(); i++) {
      JsonNode node = root.get(i);
      items.add(readOne(location + "[" + i + "]", name, () -> JsonReleaseReader.read(node, defaults)));
    }
    return items;
  }

  private ReadItem readOne(String location, String fileName, DraftSupplier reader) {
    try {
      ReleaseDraft draft = reader.get();
      if (draft.publishedAt() == null && defaultDate != null) {
        draft = draft.withPublishedAt(defaultDate);
      }
      return ReadItem.ok(location, draft.toRelease(fileName, clock.instant()));
    } catch (RuntimeException e) {
      return ReadItem.failed(location, e.getMessage());
    }
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not valid UTF-8 text");
    }
  }

  static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  @FunctionalInterface
  private interface DraftSupplier {
    ReleaseDraft get();
  }
}
