package dev.newsroom.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PdfReleaseReaderTest {

  private static final SourceDefaults DEFAULTS = SourceDefaults.of("MFA", "ministry");

  @Test
  void shouldReadTextTitleDateAndLanguageOfAPdf() throws Exception {
    ReleaseDraft draft = PdfReleaseReader.read(TestPdf.of("Joint statement", "Japan and Cambodia agreed.", "Second line."),
        "https://mfa.example/s.pdf", DEFAULTS);

    assertThat(draft.title()).isEqualTo("Joint statement");
    assertThat(draft.body()).contains("Japan and Cambodia agreed.").contains("Second line.");
    assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2022-11-12T09:00:00Z"));
    assertThat(draft.language()).isEqualTo("en-GB");
    assertThat(draft.url()).isEqualTo("https://mfa.example/s.pdf");
  }

  @Test
  void shouldTakeFirstLineAsTitleWhenThePdfHasNone() throws Exception {
    assertThat(PdfReleaseReader.read(TestPdf.of(null, "Press release 12", "Body."), null, DEFAULTS).title())
        .isEqualTo("Press release 12");
  }

  @Test
  void shouldRefusePdfWithoutTextAndBytesThatAreNotPdf() throws Exception {
    assertThatThrownBy(() -> PdfReleaseReader.read(TestPdf.of("Scan"), null, DEFAULTS))
        .hasMessageContaining("no text layer");
    assertThatThrownBy(() -> PdfReleaseReader.read("hello".getBytes(), null, DEFAULTS))
        .hasMessageContaining("not a readable PDF");
  }
}
