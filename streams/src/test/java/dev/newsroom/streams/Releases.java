package dev.newsroom.streams;

import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import java.time.Instant;

/** Test releases, written for these tests. */
final class Releases {

  static final Instant NOV_12_2022 = Instant.parse("2022-11-12T10:00:00Z");

  static final String UPGRADE_TEXT = "Phnom Penh, 12 November 2022. The prime ministers of Japan and Cambodia "
      + "agreed today to elevate relations between the two countries from a strategic partnership to a "
      + "comprehensive strategic partnership, to mark 70 years of diplomatic ties next year.";

  static final String SPORTS_TEXT = "The city marathon was won on Sunday by a local runner in two hours and "
      + "eleven minutes, a course record, while light rain fell over the finish line.";

  private Releases() {}

  static RawRelease release(String id, SourceKind kind, String title, String body, Instant published) {
    return RawRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource(kind.name().toLowerCase() + " source", kind))
        .setUrl("https://example.org/" + id)
        .setTitle(title)
        .setBody(body)
        .setPublishedAt(published)
        .setReceivedAt(published.plusSeconds(60))
        .build();
  }

  static RawRelease upgradeReport(String id, SourceKind kind, Instant published) {
    return release(id, kind, "Japan and Cambodia raise ties", UPGRADE_TEXT, published);
  }
}
