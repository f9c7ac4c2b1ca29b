package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> split(String text) {
    return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
  }

  @Test
  void shouldSplitAtFullStopsQuestionAndExclamationMarks() {
    assertThat(split("Ties grew. Trade rose! Will it last? Yes."))
        .containsExactly("Ties grew.", "Trade rose!", "Will it last?", "Yes.");
  }

  @Test
  void shouldNotSplitAfterTitlesNumbersAndDottedAcronyms() {
    assertThat(split("Mr. Kishida met Dr. Hun at No. 5 Norodom Blvd. on Nov. 12 with U.S. envoys present."))
        .hasSize(1);
    assertThat(split("J. Smith and the U.N. Secretary-General spoke.")).hasSize(1);
  }

  @Test
  void shouldSplitAfterADottedAcronymWhenANewSentenceClearlyStarts() {
    assertThat(split("Japan courted the U.S. The talks ended."))
        .containsExactly("Japan courted the U.S.", "The talks ended.");
  }

  @Test
  void shouldKeepClosingQuotesWithTheirSentence() {
    String text = "\"I proposed a new partnership.\" Today, they agreed. He said \"yes\". Then he left.";

    assertThat(split(text)).containsExactly("\"I proposed a new partnership.\"", "Today, they agreed.",
        "He said \"yes\".", "Then he left.");
  }

  @Test
  void shouldNotSplitWhenTheNextWordIsLowerCase() {
    assertThat(split("\"Is it final?\" asked the envoy. Yes."))
        .containsExactly("\"Is it final?\" asked the envoy.", "Yes.");
  }

  @Test
  void shouldEndSentencesAtParagraphsAndAtHeadlineLines() {
    String text = "PRESS RELEASE\nCambodia, Japan to Elevate Relations\n\nThe leaders met\n\n"
        + "Phnom Penh, 12 November 2022";

    assertThat(split(text)).containsExactly("PRESS RELEASE", "Cambodia, Japan to Elevate Relations",
        "The leaders met", "Phnom Penh, 12 November 2022");
  }

  @Test
  void shouldJoinHardWrappedProse() {
    String text = "The Prime Minister of Cambodia and the Prime Minister of the\nJapanese government agreed today\n"
        + "to raise ties.";

    assertThat(split(text)).hasSize(1);
  }

  @Test
  void shouldReportOffsetsIntoTheText() {
    String text = "One.  Two.";

    Sentence second = SentenceSplitter.split(text).get(1);

    assertThat(second.index()).isEqualTo(1);
    assertThat(text.substring(second.start(), second.end())).isEqualTo("Two.");
  }

  @Test
  void shouldGiveNothingForEmptyText() {
    assertThat(split("")).isEmpty();
  }
}
