package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.TaggedRelease;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A release without a publication date (a plain-text or Markdown file) is dated from its dateline, not today. */
class ReleaseTaggerDatesTest {

  private final ReleaseTagger tagger = new ReleaseTagger(ReleaseAnalyzer.standard());

  private static RawRelease undated(String body, Instant received) {
    return RawRelease.newBuilder()
        .setId("plain-1")
        .setSource(new ReleaseSource("inbox", SourceKind.OTHER))
        .setTitle("Cambodia and Japan raise ties")
        .setBody(body)
        .setPublishedAt(null)
        .setReceivedAt(received)
        .build();
  }

  @Test
  void shouldDateAnUndatedReleaseFromItsDatelineAndSpeakFromThatDay() {
    TaggedRelease tagged = tagger.tag(undated("PHNOM PENH, 12 November 2022 - The prime ministers of Cambodia and "
        + "Japan agreed today to elevate relations from a strategic partnership to a comprehensive strategic "
        + "partnership.", Instant.parse("2024-06-01T08:00:00Z")));

    assertThat(tagged.getReleaseDate()).isEqualTo(LocalDate.of(2022, 11, 12));
    assertThat(PairEvents.eventTime(tagged)).isEqualTo(Instant.parse("2022-11-12T00:00:00Z"));
  }

  @Test
  void shouldFallBackToTheArrivalDateWhenTheTextGivesNone() {
    TaggedRelease tagged = tagger.tag(undated("The two governments held talks on trade and fisheries and agreed "
        + "to meet again next year.", Instant.parse("2024-06-01T08:00:00Z")));

    assertThat(tagged.getReleaseDate()).isEqualTo(LocalDate.of(2024, 6, 1));
  }
}
