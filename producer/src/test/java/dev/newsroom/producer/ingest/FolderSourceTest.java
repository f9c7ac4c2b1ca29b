package dev.newsroom.producer.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.producer.TestPdf;
import dev.newsroom.avro.RawRelease;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

  @TempDir
  Path inbox;
  private final Fixtures.RecordingSink sink = new Fixtures.RecordingSink();
  private final MemoryIngestState state = new MemoryIngestState();

  private FolderSource source() {
    return new FolderSource(new FolderSettings("inbox", inbox.toString(), Duration.ofSeconds(1),
        Duration.ofMillis(1), "Desk", "embassy"), state, sink, Clock.systemUTC());
  }

  /** Dates every file back, as if written a minute ago, so it has settled. */
  private void settle() throws java.io.IOException {
    try (var files = Files.list(inbox)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(60)));
      }
    }
  }

  @Test
  void shouldLeaveFileStillBeingWrittenForALaterPoll() throws Exception {
    FolderSource source = new FolderSource(new FolderSettings("inbox", inbox.toString(), Duration.ofSeconds(1),
        Duration.ofMinutes(5), "Desk", "embassy"), state, sink, Clock.systemUTC());
    Files.writeString(inbox.resolve("half.txt"), "Half written");

    assertThat(source.poll().published()).isZero();
    assertThat(inbox.resolve("half.txt")).exists();
  }

  @Test
  void shouldPublishNewFilesAndMoveThemToDone() throws Exception {
    Files.writeString(inbox.resolve("note.txt"), "Embassy note\n\nThe ambassador called.");
    Files.write(inbox.resolve("statement.pdf"), TestPdf.of("Joint statement", "Both ministers signed."));
    settle();

    PollResult result = source().poll();

    assertThat(result.published()).isEqualTo(2);
    assertThat(sink.releases).extracting(RawRelease::getTitle).containsExactlyInAnyOrder("Embassy note", "Joint statement");
    assertThat(sink.releases).allSatisfy(r -> assertThat(r.getSource().getName()).isEqualTo("Desk"));
    assertThat(inbox.resolve("done/note.txt")).exists();
    assertThat(inbox.resolve("done/statement.pdf")).exists();
    assertThat(inbox.resolve("note.txt")).doesNotExist();
  }

  @Test
  void shouldMoveUnreadableFileToFailedWithItsReason() throws Exception {
    Files.write(inbox.resolve("scan.pdf"), "not a pdf at all".getBytes());
    Files.writeString(inbox.resolve("empty.txt"), "   ");
    settle();

    PollResult result = source().poll();

    assertThat(result.failed()).isEqualTo(2);
    assertThat(sink.releases).isEmpty();
    assertThat(inbox.resolve("failed/scan.pdf")).exists();
    assertThat(Files.readString(inbox.resolve("failed/scan.pdf.reason.txt"))).contains("not a readable PDF");
    assertThat(Files.readString(inbox.resolve("failed/empty.txt.reason.txt"))).contains("file is empty");
  }

  @Test
  void shouldNotPublishAgainAFileWhoseMoveWasInterrupted() throws Exception {
    Files.writeString(inbox.resolve("note.txt"), "Embassy note\n\nThe ambassador called.");
    settle();
    source().poll();
    Files.move(inbox.resolve("done/note.txt"), inbox.resolve("note.txt"));

    PollResult again = source().poll();

    assertThat(again.skipped()).isEqualTo(1);
    assertThat(sink.releases).hasSize(1);
  }

  @Test
  void shouldRefuseFolderThatDoesNotExistInsteadOfCreatingIt() {
    Path typo = inbox.resolve("inbx");
    FolderSettings settings = new FolderSettings("inbox", typo.toString(), Duration.ofSeconds(1), Duration.ofMillis(1),
        "Desk", "embassy");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FolderSource(settings, state, sink, Clock.systemUTC()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("folder inbox: " + typo + " does not exist or is not a folder");
    assertThat(typo).doesNotExist();
  }

  @Test
  void shouldFailPollOfFolderRemovedSinceStartInsteadOfRecreatingIt() throws Exception {
    Path later = Files.createDirectories(inbox.resolve("later"));
    FolderSource source = new FolderSource(new FolderSettings("later", later.toString(), Duration.ofSeconds(1),
        Duration.ofMillis(1), "Desk", "embassy"), state, sink, Clock.systemUTC());
    Files.delete(later);

    org.assertj.core.api.Assertions.assertThatThrownBy(source::poll).isInstanceOf(java.io.IOException.class)
        .hasMessageContaining("does not exist");
    assertThat(later).doesNotExist();
  }
}
