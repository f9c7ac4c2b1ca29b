package dev.newsroom.consumer.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CountryNamesTest {

  private final CountryNames names = CountryNames.standard();

  @Test
  void shouldFindVietnamHoweverItIsWritten() {
    for (String typed : new String[] {"Vietnam", "Viet Nam", "VIET NAM", "viet-nam", "vn", "Việt Nam"}) {
      assertThat(names.search(typed)).as(typed).containsExactly("VN");
    }
  }

  @Test
  void shouldShowNamesWithCodesAndFixAwkwardJdkNames() {
    assertThat(names.label("VN")).isEqualTo("Vietnam (VN)");
    assertThat(names.name("CD")).isEqualTo("DR Congo");
    assertThat(names.name("MM")).isEqualTo("Myanmar");
    assertThat(names.name("AFU")).isEqualTo("African Union");
    assertThat(names.label("XX")).as("unknown codes stay codes").isEqualTo("XX");
  }

  @Test
  void shouldMatchFormerAndParentheticalNamesAndPrefixesButNotInsideOtherNames() {
    assertThat(names.search("Burma")).containsExactly("MM");
    assertThat(names.search("Côte d'Ivoire")).containsExactly("CI");
    assertThat(names.search("Ivory Coast")).containsExactly("CI");
    assertThat(names.search("Niger")).as("not Nigeria").containsExactly("NE");
    assertThat(names.search("Congo")).containsExactlyInAnyOrder("CD", "CG");
    assertThat(names.search("Cambod")).containsExactly("KH");
    assertThat(names.search("Atlantis")).isEmpty();
  }
}
