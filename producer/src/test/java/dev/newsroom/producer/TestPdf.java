package dev.newsroom.producer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** The PDF the tests read: one page of text lines, created 12 November 2022 09:00 UTC, in British English. */
public final class TestPdf {

  private TestPdf() {}

  /** @param title the document's title, or null for none */
  public static byte[] of(String title, String... lines) throws IOException {
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
}
