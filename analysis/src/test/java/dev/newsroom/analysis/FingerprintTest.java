package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static final String ORIGINAL = "Cambodia and Japan agreed to raise ties to a \"Comprehensive Strategic "
      + "Partnership\" in 2023.\n\nThe two sides also discussed trade.";

  @Test
  void shouldBeHexSha256() {
    assertThat(Fingerprint.of(ORIGINAL)).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(Fingerprint.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void shouldIgnoreCasePunctuationQuotesEmphasisAndSpacing() {
    String copy = "CAMBODIA and Japan   agreed to raise ties to a \u201C**Comprehensive Strategic Partnership**\u201D "
        + "in 2023 \nthe two sides, also, discussed trade!";

    assertThat(Fingerprint.of(copy)).isEqualTo(Fingerprint.of(ORIGINAL));
  }

  @Test
  void shouldChangeWhenTheWordingChanges() {
    String reworded = ORIGINAL.replace("raise", "lift");

    assertThat(Fingerprint.of(reworded)).isNotEqualTo(Fingerprint.of(ORIGINAL));
    assertThat(Fingerprint.of(ORIGINAL.replace("2023", "2024"))).isNotEqualTo(Fingerprint.of(ORIGINAL));
  }

  @Test
  void shouldNotGlueWordsThatPunctuationSeparated() {
    assertThat(Fingerprint.fold("Cambodia-Japan ties.Next")).isEqualTo("cambodia japan ties next");
    assertThat(Fingerprint.of("Cambodia-Japan")).isNotEqualTo(Fingerprint.of("CambodiaJapan"));
  }

  @Test
  void shouldGiveTheSeedReleaseTheSameFingerprintWithPlainQuotes() {
    String seed = SeedDocuments.read(SeedDocuments.MINISTRY_FILE);
    String plain = seed.replace('\u201C', '"').replace('\u201D', '"').replace('\u2019', '\'').replace("**", "");

    assertThat(Fingerprint.of(TextNormalizer.normalize(plain)))
        .isEqualTo(Fingerprint.of(TextNormalizer.normalize(seed)));
  }
}
