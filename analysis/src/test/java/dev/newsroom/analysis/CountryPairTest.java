package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CountryPairTest {

  @Test
  void shouldSortCodesWhenBuiltFromEitherOrder() {
    assertThat(CountryPair.of("KH", "JP")).isEqualTo(CountryPair.of("JP", "KH"));
    assertThat(CountryPair.of("KH", "JP").first()).isEqualTo("JP");
    assertThat(CountryPair.of("KH", "JP").second()).isEqualTo("KH");
  }

  @Test
  void shouldWriteKeyAndListInSortedOrder() {
    CountryPair pair = CountryPair.of("KH", "JP");

    assertThat(pair.key()).isEqualTo("JP-KH");
    assertThat(pair.toList()).containsExactly("JP", "KH");
    assertThat(pair).hasToString("JP-KH");
  }

  @Test
  void shouldParseKeysInAnyOrderIncludingBlocs() {
    assertThat(CountryPair.parse("JP-KH")).isEqualTo(new CountryPair("JP", "KH"));
    assertThat(CountryPair.parse("KH-JP")).isEqualTo(new CountryPair("JP", "KH"));
    assertThat(CountryPair.parse("JP-ASEAN")).isEqualTo(new CountryPair("ASEAN", "JP"));
  }

  @Test
  void shouldRejectMalformedKeys() {
    assertThatThrownBy(() -> CountryPair.parse("JPKH")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountryPair.parse("JP-KH-CN")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CountryPair.parse("JP-")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectAPartyPairedWithItself() {
    assertThatThrownBy(() -> CountryPair.of("JP", "JP")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldRejectUnsortedCanonicalConstruction() {
    assertThatThrownBy(() -> new CountryPair("KH", "JP"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sorted");
  }

  @Test
  void shouldTellMembersAndTheOtherParty() {
    CountryPair pair = CountryPair.of("JP", "KH");

    assertThat(pair.contains("JP")).isTrue();
    assertThat(pair.contains("CN")).isFalse();
    assertThat(pair.other("JP")).isEqualTo("KH");
  }
}
