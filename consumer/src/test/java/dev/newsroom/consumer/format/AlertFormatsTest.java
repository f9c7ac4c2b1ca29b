package dev.newsroom.consumer.format;

import dev.newsroom.consumer.AlertJson;
import dev.newsroom.consumer.Alerts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
}
