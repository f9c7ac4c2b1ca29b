package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo's sample releases (app/src/main/resources/samples/releases.jsonl) and what the analysis makes of them. */
class SampleReleasesTest {

  private static final Path SAMPLES = Path.of("..", "app", "src", "main", "resources", "samples", "releases.jsonl");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MINISTRY = "kh-mfaic-2022-11-12-kh-jp";
  private static final String NEWSPAPER = "mdl-2022-11-14-kh-jp";
  private static final String AGENCY_COPY = "wire-2022-11-12-kh-jp";
  private static final Set<String> NOT_UPGRADES = Set.of("id-kemlu-2023-06-27-id-vn", "mdl-2023-03-04-rice-fair",
      "wx-2023-07-14-jp-rain", "gh-mfa-2023-05-09-gh-ke");

  private static Map<String, String> lines;
  private static Map<String, Analysis> analyses;

  @BeforeAll
  static void readSamples() throws IOException {
    lines = new LinkedHashMap<>();
    for (String line : Files.readAllLines(SAMPLES)) {
      if (!line.isBlank()) {
        lines.put(JSON.readTree(line).get("id").asText(), line);
      }
    }
    analyses = new LinkedHashMap<>();
    lines.forEach((id, line) -> analyses.put(id, ReleaseAnalyzer.standard().analyze(AnalysisJson.readInput(line))));
  }

  @Test
  void shouldHoldSevenReleasesWithAllDemoFields() throws IOException {
    assertThat(lines).hasSize(7).containsKeys(MINISTRY, NEWSPAPER, AGENCY_COPY)
        .containsKeys(NOT_UPGRADES.toArray(String[]::new));
    for (String line : lines.values()) {
      JsonNode release = JSON.readTree(line);
      for (String field : List.of("id", "title", "text", "date", "source", "kind", "url")) {
        assertThat(release.path(field).asText()).as(field + " of " + release.get("id")).isNotBlank();
      }
      assertThat(release.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
      assertThat(release.get("kind").asText()).isIn("ministry", "newspaper", "agency");
    }
  }

  @Test
  void shouldDetectTheCambodiaJapanUpgradeInTheMinistryReleaseAndTheNewspaperReport() {
    for (String id : List.of(MINISTRY, NEWSPAPER)) {
      Analysis analysis = analyses.get(id);
      assertThat(analysis.primaryPair()).as(id).isEqualTo(CountryPair.of("KH", "JP"));
      assertThat(analysis.upgrade()).as(id).isNotNull();
      assertThat(analysis.upgrade().pair()).isEqualTo(CountryPair.of("KH", "JP"));
      assertThat(analysis.upgrade().toLevel()).isEqualTo("comprehensive strategic partnership");
      assertThat(analysis.upgrade().stage()).isEqualTo(Stage.AGREED);
    }
    assertThat(List.of(analyses.get(MINISTRY), analyses.get(NEWSPAPER)))
        .anyMatch(a -> "strategic partnership".equals(a.upgrade().fromLevel()));
  }

  @Test
  void shouldGiveTheAgencyCopyTheMinistryFingerprintDespiteDifferentTypography() throws IOException {
    JsonNode ministry = JSON.readTree(lines.get(MINISTRY));
    JsonNode agency = JSON.readTree(lines.get(AGENCY_COPY));

    assertThat(agency.get("text").asText()).isNotEqualTo(ministry.get("text").asText());
    assertThat(agency.get("kind").asText()).isEqualTo("agency");
    assertThat(Fingerprint.of(TextNormalizer.normalize(agency.get("text").asText())))
        .isEqualTo(Fingerprint.of(TextNormalizer.normalize(ministry.get("text").asText())));
    assertThat(Fingerprint.of(TextNormalizer.normalize(agency.get("title").asText())))
        .isEqualTo(Fingerprint.of(TextNormalizer.normalize(ministry.get("title").asText())));
    assertThat(analyses.get(AGENCY_COPY).upgrade()).isEqualTo(analyses.get(MINISTRY).upgrade());
  }

  @Test
  void shouldFindNoUpgradeInTheOtherReleases() {
    for (String id : NOT_UPGRADES) {
      assertThat(analyses.get(id).upgrade()).as(id).isNull();
    }
    assertThat(analyses.get("mdl-2023-03-04-rice-fair").primaryPair()).isNull();
    assertThat(analyses.get("wx-2023-07-14-jp-rain").primaryPair()).isNull();
    assertThat(analyses.get("id-kemlu-2023-06-27-id-vn").primaryPair()).isEqualTo(CountryPair.of("ID", "VN"));
  }

  @Test
  void shouldNotReuseSentencesOfTheSeedDocuments() throws IOException {
    String samples = lines.values().stream()
        .map(line -> AnalysisJson.readInput(line).text())
        .map(text -> TextNormalizer.normalize(text).toLowerCase())
        .collect(Collectors.joining("\n"));
    for (String seedFile : List.of(SeedDocuments.MINISTRY_FILE, SeedDocuments.NEWSPAPER_FILE)) {
      String seed = TextNormalizer.normalize(SeedDocuments.read(seedFile));
      for (Sentence sentence : SentenceSplitter.split(seed)) {
        if (sentence.text().length() >= 40) {
          assertThat(samples).as("copied from " + seedFile).doesNotContain(sentence.text().toLowerCase());
        }
      }
    }
  }
}
