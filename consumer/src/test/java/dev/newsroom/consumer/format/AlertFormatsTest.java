package dev.newsroom.consumer.format;

import dev.newsroom.consumer.AlertJson;
import dev.newsroom.consumer.Alerts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlertFormatsTest {

  @Test
  void shouldWriteJsonWithPublicFieldNames() throws Exception {
    JsonNode json = new ObjectMapper().readTree(AlertJson.toJson(Alerts.sample()));

    assertThat(json.get("alert_id").asText()).isEqualTo("upg-0123456789abcdef");
    assertThat(json.get("pair").toString()).isEqualTo("[\"JP\",\"KH\"]");
    assertThat(json.get("direction").asText()).isEqualTo("upgrade");
    assertThat(json.get("confirmed").asBoolean()).isTrue();
    assertThat(json.get("from_level").asText()).isEqualTo("strategic partnership");
    assertThat(json.get("to_level").asText()).isEqualTo("comprehensive strategic partnership");
    assertThat(json.get("stage").asText()).isEqualTo("agreed");
    assertThat(json.get("evidence").asText()).startsWith("The two leaders");
    assertThat(json.get("sources")).hasSize(2);
    assertThat(json.get("sources").get(0).get("release_id").asText()).isEqualTo("r1");
    assertThat(json.get("sources").get(0).get("source").asText()).isEqualTo("Ministry");
    assertThat(json.get("sources").get(0).get("url").asText()).isEqualTo("https://m/1");
    assertThat(json.get("sources").get(1).get("url").isNull()).isTrue();
    assertThat(AlertJson.toJson(Alerts.sample())).doesNotContain("\n");
  }

  @Test
  void shouldSayDowngradeInHeadline() {
    String text = AlertText.format(dev.newsroom.avro.Alert.newBuilder(Alerts.sample())
        .setDirection(dev.newsroom.avro.Direction.DOWNGRADE).setConfirmed(false).build());

    assertThat(text).startsWith("ALERT DOWNGRADE JP-KH:").doesNotContain("confirmed by");
  }

  @Test
  void shouldFormatReadableAlertWithEverySource() {
    String text = AlertText.format(Alerts.sample());

    assertThat(text).startsWith("ALERT JP-KH: strategic partnership -> "
        + "comprehensive strategic partnership [agreed] upg-0123456789abcdef v2 (source added) confirmed by an "
        + "official source\n");
    assertThat(text).contains("evidence: The two leaders agreed to raise ties.")
        .contains("sources (2):")
        .contains("- Ministry (ministry): Ties <https://m/1> [r1]")
        .contains("- Daily (newspaper) [r2]");
  }

  /** What follows a copy's verdict: v3 without the copy's source (Daily), which v2 had added. */
  private static Alert sourcesCorrected() {
    Alert added = Alerts.sample();
    return Alert.newBuilder(added).setVersion(3).setChange(AlertChange.SOURCES_CORRECTED)
        .setSources(List.of(added.getSources().get(0))).build();
  }

  @Test
  void shouldSayWhatALaterVersionChangedInTheOneLineHeadlineButNotForTheFirst() {
    assertThat(AlertHeadline.of(sourcesCorrected())).isEqualTo("Upgrade JP–KH: strategic partnership → "
        + "comprehensive strategic partnership [agreed] · sources corrected");
    assertThat(AlertHeadline.of(Alert.newBuilder(Alerts.sample()).setVersion(1).setChange(AlertChange.CREATED)
        .build())).endsWith("[agreed]");
  }

  @Test
  void shouldShowASourcesCorrectedVersionWithOnlyTheSourcesLeftInText() {
    String text = AlertText.format(sourcesCorrected());

    assertThat(text.lines().findFirst().orElseThrow()).contains("upg-0123456789abcdef v3 (sources corrected)");
    assertThat(text).contains("sources (1):").contains("- Ministry (ministry)").doesNotContain("Daily");
  }

  @Test
  void shouldShowASourcesCorrectedVersionWithOnlyTheSourcesLeftInHtml() {
    String html = AlertHtml.format(sourcesCorrected());

    assertThat(html).contains("v3 (sources corrected)").contains("<a href=\"https://m/1\">Ministry (ministry)</a>")
        .doesNotContain("Daily");
  }

  @Test
  void shouldShowASourcesCorrectedVersionWithOnlyTheSourcesLeftInSlack() {
    JsonNode slack = SlackMessage.toNode(sourcesCorrected());

    assertThat(slack.get("text").asText()).endsWith("· sources corrected");
    assertThat(slack.get("blocks").get(1).get("text").get("text").asText()).contains("v3 (sources corrected)");
    assertThat(slack.get("blocks").get(3).get("elements").get(0).get("text").asText())
        .isEqualTo("Sources: <https://m/1|Ministry (ministry)>");
  }

  @Test
  void shouldShowASourcesCorrectedVersionWithOnlyTheSourcesLeftInTeams() {
    JsonNode card = TeamsCard.toNode(sourcesCorrected()).get("attachments").get(0).get("content");

    assertThat(card.get("body").get(1).get("facts").get(2).get("value").asText()).startsWith("v3 (sources corrected)");
    assertThat(card.get("actions")).singleElement()
        .satisfies(action -> assertThat(action.get("title").asText()).isEqualTo("Ministry (ministry)"));
  }
}
