package dev.newsroom.producer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class PdfReleaseReaderTest {

  private static final SourceDefaults DEFAULTS = SourceDefaults.of("MFA", "ministry");

  static byte[] pdf(String title, String... lines) throws Exception {
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream text = new PDPageContentStream(document, page)) {
        text.beginText();
        text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
        text.setLeading(14);
        text.newLineAtOffset(72, 700);
        for (String line : lines) {
          text.showText(line);
          text.newLine();
        }
        text.endText();
      }
      if (title != null) {
        document.getDocumentInformation().setTitle(title);
      }
      Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      created.clear();
      created.set(2022, Calendar.NOVEMBER, 12, 9, 0, 0);
      document.getDocumentInformation().setCreationDate(created);
      document.getDocumentCatalog().setLanguage("en-GB");
      document.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void shouldReadTextTitleDateAndLanguageOfAPdf() throws Exception {
    ReleaseDraft draft = PdfReleaseReader.read(pdf("Joint statement", "Japan and Cambodia agreed.", "Second line."),
        "https://mfa.example/s.pdf", DEFAULTS);

    assertThat(draft.title()).isEqualTo("Joint statement");
    assertThat(draft.body()).contains("Japan and Cambodia agreed.").contains("Second line.");
    assertThat(draft.publishedAt()).isEqualTo(Instant.parse("2022-11-12T09:00:00Z"));
    assertThat(draft.language()).isEqualTo("en-GB");
    assertThat(draft.url()).isEqualTo("https://mfa.example/s.pdf");
  }

  @Test
  void shouldTakeFirstLineAsTitleWhenThePdfHasNone() throws Exception {
    assertThat(PdfReleaseReader.read(pdf(null, "Press release 12", "Body."), null, DEFAULTS).title())
        .isEqualTo("Press release 12");
  }

  @Test
  void shouldRefusePdfWithoutTextAndBytesThatAreNotPdf() throws Exception {
    assertThatThrownBy(() -> PdfReleaseReader.read(pdf("Scan"), null, DEFAULTS))
        .hasMessageContaining("no text layer");
    assertThatThrownBy(() -> PdfReleaseReader.read("hello".getBytes(), null, DEFAULTS))
        .hasMessageContaining("not a readable PDF");
  }
}
