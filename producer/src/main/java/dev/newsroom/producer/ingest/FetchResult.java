package dev.newsroom.producer.ingest;

import java.util.Locale;

/**
 * One answer from a server: {@code 304 Not Modified} (no body) or a {@code 2xx} body with its validators.
 *
 * @param url the address that answered, after redirects
 */
public record FetchResult(int status, String url, byte[] body, String contentType, String etag,
    String lastModified) {

  public boolean notModified() {
    return status == 304;
  }

  public boolean isPdf() {
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("application/pdf") || url.toLowerCase(Locale.ROOT).endsWith(".pdf")
        || body.length > 4 && body[0] == '%' && body[1] == 'P' && body[2] == 'D' && body[3] == 'F';
  }
}
