package dev.newsroom.producer;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF documents, through Apache PDFBox: the text of every page in reading order; title from the document
 * information, else the first line; date from its creation (else modification) date; language from the
 * catalogue. A scanned PDF without a text layer fails with that reason (no OCR).
 */
public final class PdfReleaseReader {

  private PdfReleaseReader() {}

  public static ReleaseDraft read(byte[] pdf, String url, SourceDefaults defaults) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      String text = stripper.getText(document).strip();
      if (text.isEmpty()) {
        throw new IllegalArgumentException("PDF has no text layer (a scan?); OCR is not supported");
      }
      PDDocumentInformation info = document.getDocumentInformation();
      String title = info.getTitle() != null && !info.getTitle().isBlank() ? info.getTitle().strip()
          : Arrays.stream(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(null);
      Calendar date = info.getCreationDate() != null ? info.getCreationDate() : info.getModificationDate();
      Instant published = date == null ? null : date.toInstant();
      String language = document.getDocumentCatalog().getLanguage();
      return new ReleaseDraft(null, title, text, url, published,
          language == null || language.isBlank() ? null : language, defaults.toSource());
    } catch (IOException e) {
      throw new IllegalArgumentException("not a readable PDF: " + e.getMessage());
    }
  }
}
