package dev.newsroom.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReleaseAnalyzerTest {

  @Test
  void shouldShareOneStandardInstance() {
    assertThat(ReleaseAnalyzer.standard()).isSameAs(ReleaseAnalyzer.standard());
    assertThat(Gazetteer.standard()).isSameAs(Gazetteer.standard());
    assertThat(PartnershipLadder.standard()).isSameAs(PartnershipLadder.standard());
  }

  @Test
  void shouldKeepTheReleaseId() {
    Analysis analysis = ReleaseAnalyzer.standard().analyze(new AnalysisInput("abc-1", "t", "Nothing here.", null));

    assertThat(analysis.id()).isEqualTo("abc-1");
  }

  @Test
  void shouldRejectAMissingInput() {
    assertThatThrownBy(() -> ReleaseAnalyzer.standard().analyze(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void shouldNormaliseTitleAndTextBeforeAnalysing() {
    AnalysisInput input = new AnalysisInput("r", "**Cambodia\u2013Japan** ties",
        "Leaders of Cambodia and Japan agreed to elevate relations to a "
            + "\u201Ccomprehensive strategic partnership\u201D.",
        LocalDate.of(2022, 11, 12));

    Analysis analysis = ReleaseAnalyzer.standard().analyze(input);

    assertThat(analysis.primaryPair()).isEqualTo(CountryPair.of("KH", "JP"));
    assertThat(analysis.upgrade().evidence()).isEqualTo(
        "Leaders of Cambodia and Japan agreed to elevate relations to a \"comprehensive strategic partnership\".");
  }

  @Test
  void shouldGiveTheSameResultsWhenUsedFromManyThreads() {
    List<AnalysisInput> inputs = List.of(SeedDocuments.ministryRelease(), SeedDocuments.newspaperReport());
    List<String> expected = inputs.stream().map(ReleaseAnalyzer.standard()::analyze).map(AnalysisJson::toJson).toList();

    List<String> concurrent = IntStream.range(0, 400).parallel()
        .mapToObj(i -> AnalysisJson.toJson(ReleaseAnalyzer.standard().analyze(inputs.get(i % 2))))
        .toList();

    for (int i = 0; i < concurrent.size(); i++) {
      assertThat(concurrent.get(i)).isEqualTo(expected.get(i % 2));
    }
  }
}
