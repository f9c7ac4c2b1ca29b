package dev.newsroom.consumer.page;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.delivery.AlertFeedback;
import dev.newsroom.avro.delivery.FeedbackVerdict;
import dev.newsroom.schemas.WireNames;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Turns what the page's "mark wrong" form sent ({@code {"verdict": "wrong_level", "note": "...", "by": "Mai",
 * "correct_level": "strategic partnership"}}) into a correction of the alert as it was shown. Anything a person
 * could get wrong is an {@link IllegalArgumentException} whose message says how to put it right.
 */
final class Corrections {

  static final int MAX_NOTE = 2000;
  private static final String VERDICTS = Arrays.stream(FeedbackVerdict.values())
      .filter(v -> v != FeedbackVerdict.OTHER).map(WireNames::of).collect(Collectors.joining(", "));

  private Corrections() {}

  static AlertFeedback of(Alert alert, JsonNode body, CountryNames names, Instant at) {
    String verdictText = text(body, "verdict", 40);
    if (verdictText == null) {
      throw new IllegalArgumentException("say what is wrong: \"verdict\" is one of " + VERDICTS);
    }
    FeedbackVerdict verdict;
    try {
      verdict = FeedbackVerdict.valueOf(verdictText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("\"verdict\" '" + verdictText + "' is not one of " + VERDICTS);
    }
    if (verdict == FeedbackVerdict.OTHER) {
      throw new IllegalArgumentException("\"verdict\" is one of " + VERDICTS);
    }
    String note = text(body, "note", MAX_NOTE);
    String by = text(body, "by", 100);
    return AlertFeedback.newBuilder()
        .setAlertId(alert.getAlertId())
        .setVersion(alert.getVersion())
        .setVerdict(verdict)
        .setNote(note == null ? "" : note)
        .setCorrectPair(verdict == FeedbackVerdict.WRONG_PAIR ? pair(text(body, "correct_pair", 120), names) : null)
        .setCorrectLevel(verdict == FeedbackVerdict.WRONG_LEVEL ? text(body, "correct_level", 120) : null)
        .setBy(by == null ? "desk" : by)
        .setAt(at)
        .setPair(alert.getPair())
        .setToLevel(alert.getToLevel())
        .setKind(alert.getKind())
        .setDirection(alert.getDirection())
        .setEvidence(alert.getEvidence())
        .setReleaseIds(alert.getSources().stream().map(AlertSource::getReleaseId).toList())
        .build();
  }

  /** "Viet Nam - Japan", "vn jp" → [JP, VN]; null when not given. */
  private static List<String> pair(String typed, CountryNames names) {
    if (typed == null) {
      return null;
    }
    List<String> codes = DeskFilters.pairCodes(typed, names);
    if (codes == null) {
      throw new IllegalArgumentException("\"correct_pair\" '" + typed + "' is not two known countries or blocs "
          + "(e.g. \"JP-VN\" or \"Japan-Viet Nam\")");
    }
    return codes;
  }

  /** A trimmed string field, cut to {@code max}; null when absent or blank. */
  private static String text(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string");
    }
    String text = value.asText().strip();
    if (text.isEmpty()) {
      return null;
    }
    return text.length() > max ? text.substring(0, max) : text;
  }
}
