package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

  @Test
  void shouldTurnTypographicQuotesAndDashesIntoAscii() {
    String raw = "\u201CComprehensive Strategic Partnership\u201D \u2014 Japan\u2019s \u2018new\u2019 era \u2013 2023";

    assertThat(TextNormalizer.normalize(raw))
        .isEqualTo("\"Comprehensive Strategic Partnership\" - Japan's 'new' era - 2023");
  }

  @Test
  void shouldStripMarkdownEmphasis() {
    String raw = "**His Excellency KISHIDA Fumio**, Prime Minister, met __Hun Sen__ in *Phnom Penh* for _talks_.";

    assertThat(TextNormalizer.normalize(raw))
        .isEqualTo("His Excellency KISHIDA Fumio, Prime Minister, met Hun Sen in Phnom Penh for talks.");
  }

  @Test
  void shouldStripBoldThatSpansALineBreakButNotAParagraph() {
    assertThat(TextNormalizer.normalize("**MINISTRY OF FOREIGN AFFAIRS\nAND INTERNATIONAL COOPERATION**"))
        .isEqualTo("MINISTRY OF FOREIGN AFFAIRS\nAND INTERNATIONAL COOPERATION");
    assertThat(TextNormalizer.normalize("**first\n\nsecond**")).isEqualTo("**first\n\nsecond**");
  }

  @Test
  void shouldLeaveSnakeCaseFileNamesAlone() {
    String fileName = "prime_minister_hun_sen_right_and_his_japanese_counterpart._spm.jpg";

    assertThat(TextNormalizer.normalize(fileName)).isEqualTo(fileName);
    assertThat(TextNormalizer.normalize("2*3*4 and snake_case_name")).isEqualTo("2*3*4 and snake_case_name");
  }

  @Test
  void shouldCollapseSpacesAndKeepOneParagraphBreak() {
    String raw = "  First   line\twith  gaps.  \nSecond line.\n\n\n\n   Third\u00A0paragraph.  ";

    assertThat(TextNormalizer.normalize(raw)).isEqualTo("First line with gaps.\nSecond line.\n\nThird paragraph.");
  }

  @Test
  void shouldTreatWindowsLineEndingsAndBlankLinesWithSpacesAsParagraphs() {
    assertThat(TextNormalizer.normalize("One.\r\n \t \r\nTwo.\rThree.")).isEqualTo("One.\n\nTwo.\nThree.");
  }

  @Test
  void shouldApplyUnicodeCompatibilityFormsAndDropInvisibles() {
    String raw = "\uFF2A\uFF41\uFF50\uFF41\uFF4E and Cam\u00ADbo\u200Bdia\uFEFF \uFB01nal\u2026";

    assertThat(TextNormalizer.normalize(raw)).isEqualTo("Japan and Cambodia final...");
  }

  @Test
  void shouldKeepSentenceBoundaries() {
    String normalized = TextNormalizer.normalize("Ties were upgraded.   **Both** sides agreed.\nNew line");

    assertThat(normalized).isEqualTo("Ties were upgraded. Both sides agreed.\nNew line");
  }

  @Test
  void shouldReturnEmptyTextForNullOrBlank() {
    assertThat(TextNormalizer.normalize(null)).isEmpty();
    assertThat(TextNormalizer.normalize(" \n\t ")).isEmpty();
  }

  @Test
  void shouldBeIdempotent() {
    String once = TextNormalizer.normalize(SeedDocuments.read(SeedDocuments.MINISTRY_FILE));

    assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    assertThat(once).doesNotContain("**", "\u201C", "\u2019").contains("\"Comprehensive Strategic Partnership\"");
  }
}
