package dev.newsroom.streams.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class LedgerRouteTest {

  private static final Optional<HostInfo> HERE = Optional.of(new HostInfo("10.0.0.1", 8080));
  private static final HostInfo THERE = new HostInfo("10.0.0.2", 8080);

  @Test
  void shouldAnswerLocallyWhenThePairIsHostedHere() {
    assertThat(LedgerRoute.forPair(HERE, HERE, false)).isInstanceOf(LedgerRoute.Local.class);
    assertThat(LedgerRoute.forPair(HERE, HERE, true)).isInstanceOf(LedgerRoute.Local.class);
  }

  @Test
  void shouldForwardToTheInstanceHostingThePair() {
    assertThat(LedgerRoute.forPair(HERE, Optional.of(THERE), false)).isEqualTo(new LedgerRoute.Forward(THERE));
  }

  @Test
  void shouldNeverForwardARequestAgainEvenWhenTheMetadataPointsElsewhere() {
    assertThat(LedgerRoute.forPair(HERE, Optional.of(THERE), true))
        .isInstanceOfSatisfying(LedgerRoute.Unavailable.class,
            unavailable -> assertThat(unavailable.reason()).contains("10.0.0.2:8080").contains("retry"));
  }

  @Test
  void shouldBeUnavailableWhileTheAssignmentIsUnknown() {
    assertThat(LedgerRoute.forPair(HERE, Optional.empty(), false)).isInstanceOf(LedgerRoute.Unavailable.class);
  }

  @Test
  void shouldAnswerLocallyWhenTheInstanceAdvertisesNoAddress() {
    assertThat(LedgerRoute.forPair(Optional.empty(), Optional.empty(), false)).isInstanceOf(LedgerRoute.Local.class);
  }
}
