package dev.newsroom.producer.ingest;

import dev.newsroom.producer.HtmlReleaseReader;
import dev.newsroom.producer.PdfReleaseReader;
import dev.newsroom.producer.ReleaseDraft;
import dev.newsroom.producer.SourceDefaults;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a fetched page into a draft: PDFs through PDFBox, everything else as an HTML article. */
final class PageReader {

  private static final Pattern CHARSET = Pattern.compile("charset=\"?([\\w.:-]+)");

  private PageReader() {}

  static ReleaseDraft read(FetchResult page, SourceDefaults defaults) {
    if (page.isPdf()) {
      return PdfReleaseReader.read(page.body(), page.url(), defaults);
    }
    return HtmlReleaseReader.read(new String(page.body(), charset(page.contentType())), page.url(), defaults);
  }

  static Charset charset(String contentType) {
    if (contentType != null) {
      Matcher m = CHARSET.matcher(contentType.toLowerCase(Locale.ROOT));
      if (m.find()) {
        try {
          return Charset.forName(m.group(1));
        } catch (IllegalArgumentException e) {
          // unknown charset: fall back to UTF-8
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
