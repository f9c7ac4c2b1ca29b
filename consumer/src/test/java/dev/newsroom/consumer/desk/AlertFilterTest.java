package dev.newsroom.consumer.desk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.consumer.AlertsForDesk;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertFilterTest {

  private static final AlertFilter CHAT = new AlertFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
      Set.of(), Set.of("created", "confirmed", "stage_advanced"));

  private static Alert version(AlertChange change) {
    return Alert.newBuilder(AlertsForDesk.alert("JP", "KH", "agreed", "upgrade")).setChange(change).build();
  }

  @Test
  void shouldTakeOnlyTheChangesNamed() {
    assertThat(CHAT.matches(version(AlertChange.CREATED))).isTrue();
    assertThat(CHAT.matches(version(AlertChange.CONFIRMED))).isTrue();
    assertThat(CHAT.matches(version(AlertChange.STAGE_ADVANCED))).isTrue();
    assertThat(CHAT.matches(version(AlertChange.SOURCE_ADDED))).isFalse();
    assertThat(CHAT.matches(version(AlertChange.SOURCES_CORRECTED))).isFalse();
    assertThat(CHAT.matches(version(AlertChange.UPDATED))).isFalse();
  }

  @Test
  void shouldTakeEveryVersionWhenNoChangesAreNamed() {
    for (AlertChange change : AlertChange.values()) {
      assertThat(AlertFilter.ANY.matches(version(change))).as(change.name()).isTrue();
    }
  }

  @Test
  void shouldStillConcernTheEventOfAVersionWhoseChangeItLeavesOut() {
    AlertFilter japanChat = new AlertFilter(Set.of("JP"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
        Set.of("created"));

    assertThat(japanChat.concerns(version(AlertChange.SOURCES_CORRECTED))).isTrue();
    assertThat(japanChat.matches(version(AlertChange.SOURCES_CORRECTED))).isFalse();
    assertThat(japanChat.concerns(Alert.newBuilder(AlertsForDesk.alert("FR", "DE", "agreed", "upgrade"))
        .setChange(AlertChange.CREATED).build())).as("another event").isFalse();
  }

  @Test
  void shouldNotSendALeftOutVersionToTheDefaultChannels() {
    Desk desk = new Desk(java.util.Map.of(), List.of(new Route("japan chat",
        new AlertFilter(Set.of("JP"), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of("created")),
        List.of("slack"))), List.of("console"));

    assertThat(desk.channelsFor(version(AlertChange.CREATED))).containsExactly("slack");
    assertThat(desk.channelsFor(version(AlertChange.SOURCES_CORRECTED)))
        .as("the route is about the event, so the default is not").isEmpty();
    assertThat(desk.channelsFor(Alert.newBuilder(AlertsForDesk.alert("FR", "DE", "agreed", "upgrade"))
        .setChange(AlertChange.SOURCES_CORRECTED).build())).containsExactly("console");
  }
}
