package dev.newsroom.consumer.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsroom.consumer.AlertsForDesk;
import dev.newsroom.consumer.desk.ChannelSpec;
import dev.newsroom.consumer.desk.Desk;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInDeskTest {

  private static final URI HOOK = URI.create("http://127.0.0.1:9/alerts");

  @Test
  void shouldRouteEveryAlertToTheConsoleThenEachWebhookInTheOrderGiven() {
    Desk desk = BuiltInDesk.of(true, false, List.of(HOOK, URI.create("http://127.0.0.1:9/other")));

    assertThat(desk.channelsFor(AlertsForDesk.alert("FR", "IN", "proposed", "downgrade")))
        .containsExactly("console", "webhook " + HOOK, "webhook http://127.0.0.1:9/other");
    assertThat(desk.channels().get("console")).isEqualTo(new ChannelSpec.Console("console", true));
  }

  @Test
  void shouldDeliverTwiceToAWebhookGivenTwice() {
    Desk desk = BuiltInDesk.of(false, true, List.of(HOOK, HOOK));

    assertThat(desk.channelsFor(AlertsForDesk.alert("FR", "IN", "proposed", "upgrade")))
        .containsExactly("webhook " + HOOK, "webhook " + HOOK + " (2)");
  }

  @Test
  void shouldRefuseQuietWithoutAWebhook() {
    assertThatThrownBy(() -> BuiltInDesk.of(false, true, List.of()))
        .hasMessage("--quiet without --webhook would deliver alerts nowhere");
  }
}
