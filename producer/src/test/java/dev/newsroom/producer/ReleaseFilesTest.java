package dev.newsroom.producer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseFilesTest {

  private static final Instant NOW = Instant.parse("2026-11-23T09:00:00Z");
  private final ReleaseFiles files =
      new ReleaseFiles(SourceDefaults.of("Desk inbox", "ministry"), Clock.fixed(NOW, ZoneOffset.UTC));

  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
    return file;
  }

  @Test
  void shouldReadTextFileWithFirstLineAsTitle() throws IOException {
    Path file = write("note.md", "\n# **Ministers meet**\n\nThe two ministers met in Hanoi.\n");

    RawRelease release = files.read(List.of(file)).get(0).release();

    assertThat(release.getTitle()).isEqualTo("Ministers meet");
    assertThat(release.getBody()).startsWith("# **Ministers meet**").contains("met in Hanoi");
    assertThat(release.getSource().getName()).isEqualTo("Desk inbox");
    assertThat(release.getSource().getKind()).isEqualTo(SourceKind.MINISTRY);
    assertThat(release.getReceivedAt()).isEqualTo(NOW);
    assertThat(release.getId()).startsWith("rel-");
  }

  @Test
  void shouldGiveSameIdToSameFilePublishedTwice() throws IOException {
    Path file = write("a.txt", "Same text");

    assertThat(files.read(List.of(file)).get(0).release().getId())
        .isEqualTo(files.read(List.of(file)).get(0).release().getId());
  }

  @Test
  void shouldExtractArticleFromHtmlWithoutNavigation() throws IOException {
    Path file = write("page.html", """
        <html lang="en"><head><title>Site | Ties upgraded</title>
        <meta property="article:published_time" content="2022-11-14T08:00:00+07:00">
        <link rel="canonical" href="https://paper.example/ties"></head>
        <body><nav>Home | World | Sport</nav>
        <article><h1>Ties upgraded</h1><p>First paragraph.</p><p>Second <b>paragraph</b>.</p></article>
        <footer>Copyright</footer><script>track()</script></body></html>""");

    RawRelease release = files.read(List.of(file)).get(0).release();

    assertThat(release.getTitle()).isEqualTo("Ties upgraded");
    assertThat(release.getBody()).isEqualTo("Ties upgraded\n\nFirst paragraph.\n\nSecond paragraph.");
    assertThat(release.getUrl()).isEqualTo("https://paper.example/ties");
    assertThat(release.getId()).isEqualTo(ReleaseIds.forUrl("https://paper.example/ties"));
    assertThat(release.getPublishedAt()).isEqualTo(Instant.parse("2022-11-14T01:00:00Z"));
    assertThat(release.getLanguage()).isEqualTo("en");
  }

  @Test
  void shouldReadJsonLinesAndReportBadLineWhileKeepingOthers() throws IOException {
    Path file = write("feed.jsonl", """
        {"id":"r1","title":"One","text":"First body","date":"2022-11-12","source":"Paper","kind":"newspaper","url":"https://x/1"}
        {"id":"r2","title":"Two"}
        not json at all

        {"text":"Third body"}
        """);

    List<ReadItem> items = files.read(List.of(file));

    assertThat(items).hasSize(4);
    RawRelease first = items.get(0).release();
    assertThat(first.getId()).isEqualTo("r1");
    assertThat(first.getSource().getName()).isEqualTo("Paper");
    assertThat(first.getSource().getKind()).isEqualTo(SourceKind.NEWSPAPER);
    assertThat(first.getPublishedAt()).isEqualTo(Instant.parse("2022-11-12T00:00:00Z"));
    assertThat(items.get(1).error()).isEqualTo("missing \"text\"");
    assertThat(items.get(1).location()).endsWith("feed.jsonl:2");
    assertThat(items.get(2).error()).startsWith("invalid JSON");
    assertThat(items.get(3).isOk()).isTrue();
    assertThat(items.get(3).release().getSource().getName()).isEqualTo("Desk inbox");
  }

  @Test
  void shouldReadJsonArray() throws IOException {
    Path file = write("batch.json", "[{\"id\":\"a\",\"text\":\"x\"},{\"id\":\"b\",\"text\":\"y\",\"date\":\"soon\"}]");

    List<ReadItem> items = files.read(List.of(file));

    assertThat(items.get(0).release().getId()).isEqualTo("a");
    assertThat(items.get(1).error()).contains("date 'soon'");
  }

  @Test
  void shouldWalkFoldersAndReportUnreadableFilesWithReason() throws IOException {
    write("in/a.txt", "Alpha");
    write("in/sub/b.md", "Beta");
    write("in/.hidden.txt", "hidden");
    Files.write(dir.resolve("in/bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28});

    List<ReadItem> items = files.read(List.of(dir.resolve("in"), dir.resolve("missing.txt")));

    assertThat(items).filteredOn(ReadItem::isOk).extracting(item -> item.release().getBody())
        .containsExactly("Alpha", "Beta");
    assertThat(items).filteredOn(item -> !item.isOk()).extracting(ReadItem::error)
        .containsExactly("not valid UTF-8 text", "no such file");
  }

  @Test
  void shouldReportUnsupportedFileInWalkedFolderInsteadOfSkippingIt() throws IOException {
    write("in/a.txt", "Alpha");
    write("in/letter.docx", "PK");

    List<ReadItem> items = files.read(List.of(dir.resolve("in")));

    assertThat(items).filteredOn(item -> !item.isOk())
        .extracting(ReadItem::location, ReadItem::error)
        .containsExactly(org.assertj.core.api.Assertions.tuple(dir.resolve("in/letter.docx").toString(),
            "unsupported file type '.docx'; supported: [htm, html, json, jsonl, md, pdf, txt]"));
  }

  @Test
  void shouldReadPdfWithTextLayerAsTheWatchedFolderDoes() throws Exception {
    Files.createDirectories(dir.resolve("in"));
    Files.write(dir.resolve("in/statement.pdf"), TestPdf.of("Joint statement", "Both ministers signed."));
    write("in/scan.pdf", "%PDF-1.7 not really");

    List<ReadItem> items = files.read(List.of(dir.resolve("in")));

    assertThat(items).filteredOn(ReadItem::isOk).extracting(item -> item.release().getTitle())
        .containsExactly("Joint statement");
    assertThat(items).filteredOn(item -> !item.isOk()).extracting(ReadItem::error)
        .singleElement().asString().startsWith("not a readable PDF");
  }

  @Test
  void shouldDateReleasesThatCarryNoDateWithTheGivenDate() throws IOException {
    Instant given = Instant.parse("2024-03-05T00:00:00Z");
    ReleaseFiles dated = new ReleaseFiles(SourceDefaults.of("Desk", "ministry"), Clock.fixed(NOW, ZoneOffset.UTC), given);
    Path text = write("note.txt", "Ministers met.");
    Path markdown = write("note.md", "# Ministers met again");
    Path json = write("one.json", "{\"text\":\"Ministers met.\",\"date\":\"2022-11-12\"}");

    List<ReadItem> items = dated.read(List.of(text, markdown, json));

    assertThat(items).extracting(item -> item.release().getPublishedAt())
        .containsExactly(given, given, Instant.parse("2022-11-12T00:00:00Z"));
    assertThat(files.read(List.of(text)).get(0).release().getPublishedAt()).isNull();
  }

  @Test
  void shouldRejectEmptyTextFile() throws IOException {
    assertThat(files.read(List.of(write("empty.txt", "  \n"))).get(0).error()).isEqualTo("file is empty");
  }

  @Test
  void shouldSummariseOutcomesOnOneLine() {
    List<PublishOutcome> outcomes = List.of(PublishOutcome.published("a", "r1"),
        PublishOutcome.published("b", "r2"), PublishOutcome.failed("c", null, "bad"));

    assertThat(PublishOutcome.summary(outcomes)).isEqualTo("published 2 releases, 1 failed");
  }
}
