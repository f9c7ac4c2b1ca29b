package dev.newsroom.producer;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import java.time.Instant;

/** What a reader extracted from a file before it becomes a {@link RawRelease}: any field but body may be null. */
public record ReleaseDraft(String id, String title, String body, String url, Instant publishedAt, String language,
    ReleaseSource source) {

  /** The same draft with this publication date. */
  public ReleaseDraft withPublishedAt(Instant date) {
    return new ReleaseDraft(id, title, body, url, date, language, source);
  }

  /** The release, its id given, else from the URL, else from the source, file name and body. */
  public RawRelease toRelease(String fileName, Instant receivedAt) {
    String releaseId = id != null && !id.isBlank() ? id.strip()
        : url != null && !url.isBlank() ? ReleaseIds.forUrl(url)
        : ReleaseIds.forContent(source.getName(), fileName, body);
    return RawRelease.newBuilder()
        .setId(releaseId)
        .setSource(source)
        .setUrl(url)
        .setTitle(title)
        .setBody(body)
        .setLanguage(language)
        .setPublishedAt(publishedAt)
        .setReceivedAt(receivedAt)
        .build();
  }
}
