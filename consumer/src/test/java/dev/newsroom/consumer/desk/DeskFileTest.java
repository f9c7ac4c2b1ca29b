package dev.newsroom.consumer.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.consumer.AlertsForDesk;
import dev.newsroom.schemas.config.ConfigFileException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeskFileTest {

  static final String EXAMPLE = """
      channels:
        ops-hook:
          type: webhook
          url: https://hooks.example.org/newsroom
          secret_env: DESK_OPS_SECRET
        asia-slack:
          type: slack
          url: https://hooks.slack.com/services/T000/B000/XXXX
        desk-teams:
          type: teams
          url: https://prod-00.westeurope.logic.azure.com/workflows/abc
        desk-mail:
          type: email
          host: smtp.example.org
          port: 587
          starttls: true
          username: newsroom
          password_env: DESK_SMTP_PASSWORD
          from: newsroom@example.org
          to: [desk@example.org]
        console:
          type: console
      blocs:
        MEKONG: [KH, LA, MM, TH, VN]
      routes:
        - name: mekong agreed upgrades
          match:
            blocs: [MEKONG]
            stages: [agreed, established]
            directions: [upgrade]
          to: [asia-slack, ops-hook]
        - name: japan
          match:
            countries: [JP]
          to: desk-teams
        - name: downgrades
          match:
            directions: [downgrade]
          to: [desk-mail, ops-hook]
        - name: one pair
          match:
            pairs: [KH-JP]
            levels: [Comprehensive Strategic Partnership]
          to: [desk-mail]
      default: [console]
      """;
  private static final Map<String, String> ENV = Map.of(
      "DESK_OPS_SECRET", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "DESK_SMTP_PASSWORD", "pw");

  private static Desk example() {
    return DeskFile.parse("desk.yaml", EXAMPLE, ENV);
  }

  @Test
  void shouldReadEveryChannelType() {
    Desk desk = example();

    assertThat(desk.channels()).containsOnlyKeys("ops-hook", "asia-slack", "desk-teams", "desk-mail", "console");
    assertThat(desk.channels().get("ops-hook")).isInstanceOfSatisfying(ChannelSpec.Webhook.class,
        w -> assertThat(w.secrets()).containsExactly("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    assertThat(desk.channels().get("desk-mail")).isInstanceOfSatisfying(ChannelSpec.Email.class, e -> {
      assertThat(e.port()).isEqualTo(587);
      assertThat(e.startTls()).isTrue();
      assertThat(e.password()).isEqualTo("pw");
      assertThat(e.toString()).doesNotContain("pw,");
    });
    assertThat(desk.routes()).hasSize(4);
  }

  @Test
  void shouldRouteByBlocStageCountryPairAndLevelInUnion() {
    Alert japanCambodia = AlertsForDesk.alert("JP", "KH", "agreed", "upgrade");

    assertThat(example().channelsFor(japanCambodia)).containsExactly("asia-slack", "ops-hook", "desk-teams", "desk-mail");
  }

  @Test
  void shouldRouteDowngradeAndSendUnmatchedToDefault() {
    assertThat(example().channelsFor(AlertsForDesk.alert("FR", "DE", "agreed", "downgrade")))
        .containsExactly("desk-mail", "ops-hook");
    assertThat(example().channelsFor(AlertsForDesk.alert("FR", "DE", "agreed", "upgrade"))).containsExactly("console");
    assertThat(example().channelsFor(AlertsForDesk.alert("TH", "VN", "proposed", "upgrade"))).containsExactly("console");
  }

  @Test
  void shouldKnowBuiltInBlocs() {
    Desk desk = DeskFile.parse("d.yaml", """
        channels: {c: {type: console}, s: {type: console, json: true}}
        routes:
          - match: {blocs: [asean]}
            to: [s]
        default: c
        """, Map.of());

    assertThat(desk.channelsFor(AlertsForDesk.alert("US", "VN", "agreed", "upgrade"))).containsExactly("s");
    assertThat(desk.channelsFor(AlertsForDesk.alert("US", "FR", "agreed", "upgrade"))).containsExactly("c");
  }

  @Test
  void shouldNameLineOfUnknownChannelInRoute() {
    String yaml = EXAMPLE.replace("to: [asia-slack, ops-hook]", "to: [asia-slak, ops-hook]");

    assertThatThrownBy(() -> DeskFile.parse("desk.yaml", yaml, ENV))
        .isInstanceOf(ConfigFileException.class)
        .hasMessageContaining("desk.yaml:31: ")
        .hasMessageContaining("routes[0].to[0]: unknown channel 'asia-slak'");
  }

  @Test
  void shouldNameLineOfUnknownKeyBadCountryAndBadStage() {
    assertThat(lineOf("channels:\n  c:\n    type: console\n    colour: red\ndefault: c\n")).isEqualTo(4);
    assertThat(error("channels:\n  c: {type: console}\ndefualt: c\n"))
        .hasMessage("d.yaml:3: unknown key 'defualt' (did you mean 'default'?)");
    assertThat(error("channels:\n  c: {type: console}\nroutes:\n  - match:\n      countries: [JPN]\n    to: c\ndefault: c\n"))
        .hasMessageContaining("d.yaml:5: ").hasMessageContaining("two-letter country code");
    assertThat(error("channels:\n  c: {type: console}\nroutes:\n  - match: {stages: [signed]}\n    to: c\ndefault: c\n"))
        .hasMessageContaining("d.yaml:4: ").hasMessageContaining("'signed' is not one of");
  }

  @Test
  void shouldReadChangesOfARouteInAnyCaseAndPushOnlyThoseVersions() {
    Desk desk = DeskFile.parse("d.yaml", """
        channels: {chat: {type: slack, url: "https://hooks.slack.com/services/T/B/X"}, hook: {type: console}}
        routes:
          - name: chat
            match:
              countries: [JP]
              changes: [created, Stage_Advanced, confirmed]
            to: chat
          - match: {countries: [JP]}
            to: hook
        default: hook
        """, Map.of());
    Alert created = AlertsForDesk.alert("JP", "KH", "agreed", "upgrade");

    assertThat(desk.routes().get(0).match().changes()).containsExactlyInAnyOrder("created", "stage_advanced",
        "confirmed");
    assertThat(desk.routes().get(1).match().changes()).as("none given: every version").isEmpty();
    assertThat(desk.channelsFor(Alert.newBuilder(created).setChange(AlertChange.CREATED).build()))
        .containsExactly("chat", "hook");
    assertThat(desk.channelsFor(Alert.newBuilder(created).setChange(AlertChange.SOURCES_CORRECTED).build()))
        .containsExactly("hook");
  }

  @Test
  void shouldNameLineAndEveryChangeWhenAChangeIsUnknown() {
    Throwable error = error("""
        channels:
          c: {type: console}
        routes:
          - match:
              changes:
                - created
                - source_corrected
            to: c
        default: c
        """);

    assertThat(error).hasMessageContaining("d.yaml:7")
        .hasMessageContaining("routes[0].match.changes[1]: 'source_corrected' is not one of [confirmed, created, "
            + "source_added, sources_corrected, stage_advanced, updated]");
  }

  @Test
  void shouldFailOnMissingSecretVariableBadUrlAndMissingDefault() {
    assertThat(error("channels:\n  h:\n    type: webhook\n    url: https://x.org/\n    secret_env: NOPE\ndefault: h\n"))
        .hasMessageContaining("d.yaml:5: ").hasMessageContaining("NOPE is not set");
    assertThat(error("channels:\n  h:\n    type: webhook\n    url: https://x.org/\n    secret_env: NEWSROOM_X\ndefault: h\n"))
        .hasMessageContaining("d.yaml:5: ").hasMessageContaining("read as Newsroom settings");
    assertThat(error("channels:\n  h:\n    type: slack\n    url: ftp://x.org/\ndefault: h\n"))
        .hasMessageContaining("d.yaml:4: ").hasMessageContaining("http or https");
    assertThat(error("channels:\n  c: {type: console}\n")).hasMessageContaining("'default' is required");
    assertThat(error("channels:\n  c: {type: pager}\ndefault: c\n")).hasMessageContaining("d.yaml:2: ")
        .hasMessageContaining("unknown channel type 'pager'");
  }

  @Test
  void shouldReportYamlSyntaxErrorWithLine() {
    assertThat(lineOf("channels:\n  c: {type: console\ndefault: c\n")).isGreaterThan(0);
    assertThat(error("channels:\n  c: {type: console}\n  c: {type: console}\ndefault: c\n"))
        .hasMessageContaining("d.yaml:3: ").hasMessageContaining("given twice");
  }

  private static int lineOf(String yaml) {
    return ((ConfigFileException) error(yaml)).line();
  }

  private static Throwable error(String yaml) {
    try {
      DeskFile.parse("d.yaml", yaml, Map.of());
    } catch (ConfigFileException e) {
      return e;
    }
    throw new AssertionError("expected a ConfigFileException for:\n" + yaml);
  }

}
