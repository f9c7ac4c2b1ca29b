package dev.newsroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.Analysis;
import dev.newsroom.analysis.AnalysisInput;
import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.analysis.TextNormalizer;
import dev.newsroom.analysis.similarity.MinHash;
import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.schemas.Contracts;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The workload's truth must hold for the analysis itself, or the harness would blame the topology wrongly. */
class WorkloadTest {

  private static final Workload.Spec SPEC =
      Workload.Spec.standard(7, 1000, Instant.parse("2026-01-05T10:00:00Z"), Duration.ofMinutes(2));
  private final Workload workload = Workload.generate(SPEC);
  private final Map<String, RawRelease> releases = decoded(workload);

  @Test
  void shouldGiveSameRecordsForSameSeed() {
    Workload again = Workload.generate(SPEC);
    assertThat(again.records()).extracting(Workload.Outgoing::key)
        .containsExactlyElementsOf(workload.records().stream().map(Workload.Outgoing::key).toList());
    assertThat(again.truth()).isEqualTo(workload.truth());
  }

  @Test
  void shouldMakeCopiesOfOneOriginalPublishedFirstAndPoisonOfEveryKind() {
    Truth truth = workload.truth();
    assertThat(truth.releases()).hasSize(1000);
    assertThat(truth.familyOf().keySet().stream().filter(id -> !truth.isOriginal(id))).hasSize(200);
    assertThat(truth.poison().values()).containsAll(List.of(PoisonKind.values()));
    truth.familyOf().forEach((member, original) -> assertThat(releases.get(original).getReceivedAt())
        .isBeforeOrEqualTo(releases.get(member).getReceivedAt()));
    assertThat(workload.records()).allSatisfy(record -> {
      RawRelease release = releases.get(record.key());
      if (release != null) {
        assertThat(record.timestamp()).isEqualTo(release.getReceivedAt().toEpochMilli());
      }
    });
  }

  @Test
  void shouldReportEachEventsUpgradeOnItsPairInEveryReportAndNoMoveElsewhere() {
    ReleaseAnalyzer analyzer = ReleaseAnalyzer.standard();
    Map<String, String> eventOf = workload.truth().eventOf();
    assertThat(workload.truth().events()).isEqualTo(20);
    for (RawRelease release : releases.values()) {
      Analysis analysis = analyzer.analyze(new AnalysisInput(release.getId(), release.getTitle(), release.getBody(),
          null));
      String event = eventOf.get(release.getId());
      if (event == null) {
        assertThat(analysis.moves()).as(release.getId()).isEmpty();
      } else {
        assertThat(analysis.upgrade()).as(release.getId() + ": " + release.getBody().lines().findFirst().orElseThrow())
            .isNotNull();
        assertThat(analysis.upgrade().pair().toList()).as(release.getId())
            .containsExactlyInAnyOrder(event.split("-"));
      }
    }
  }

  @Test
  void shouldMakeNearCopiesSimilarAndDistinctReportsOfOneEventDissimilar() {
    NearDuplicatePolicy policy = NearDuplicatePolicy.standard();
    MinHash minHash = policy.minHash();
    Map<String, int[]> signatures = new HashMap<>();
    releases.forEach((id, release) -> signatures.put(id,
        minHash.signature(TextNormalizer.normalize(release.getTitle() + "\n\n" + release.getBody()))));
    workload.truth().familyOf().forEach((member, original) -> assertThat(
        policy.isNearDuplicate(signatures.get(member), signatures.get(original))).as(member).isTrue());
    Map<String, List<String>> reports = workload.truth().eventOf().keySet().stream()
        .filter(workload.truth()::isOriginal)
        .collect(Collectors.groupingBy(id -> workload.truth().eventOf().get(id)));
    reports.values().forEach(ids -> {
      for (String a : ids) {
        for (String b : ids) {
          if (!a.equals(b)) {
            assertThat(MinHash.similarity(signatures.get(a), signatures.get(b))).as(a + " vs " + b).isLessThan(0.2);
          }
        }
      }
    });
  }

  private static Map<String, RawRelease> decoded(Workload workload) {
    Map<String, RawRelease> releases = new HashMap<>();
    workload.records().stream().filter(record -> workload.truth().releases().contains(record.key()))
        .forEach(record -> releases.put(record.key(), Contracts.RAW_RELEASE.decode(record.value())));
    return releases;
  }
}
