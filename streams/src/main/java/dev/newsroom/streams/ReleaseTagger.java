package dev.newsroom.streams;

import dev.newsroom.analysis.Analysis;
import dev.newsroom.analysis.AnalysisInput;
import dev.newsroom.analysis.Fingerprint;
import dev.newsroom.analysis.ReleaseAnalyzer;
import dev.newsroom.analysis.ScoredPair;
import dev.newsroom.analysis.TextNormalizer;
import dev.newsroom.analysis.Move;
import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.DetectedUpgrade;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.RepresentationAction;
import dev.newsroom.avro.Stage;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Maps a raw release to its tagged form through the analysis module; no Kafka in here. */
final class ReleaseTagger {

  private final ReleaseAnalyzer analyzer;

  ReleaseTagger(ReleaseAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  TaggedRelease tag(RawRelease raw) {
    String title = raw.getTitle() == null ? "" : raw.getTitle();
    String normalized = TextNormalizer.normalize(title.isBlank() ? raw.getBody() : title + "\n\n" + raw.getBody());
    Analysis analysis = analyzer.analyze(new AnalysisInput(raw.getId(), raw.getTitle(), raw.getBody(),
        dateOf(raw.getPublishedAt()), dateOf(raw.getReceivedAt())));
    return TaggedRelease.newBuilder()
        .setId(raw.getId())
        .setSource(raw.getSource())
        .setUrl(raw.getUrl())
        .setTitle(raw.getTitle())
        .setLanguage(raw.getLanguage())
        .setPublishedAt(raw.getPublishedAt())
        .setReceivedAt(raw.getReceivedAt())
        .setNormalizedText(normalized)
        .setFingerprint(Fingerprint.of(normalized))
        .setCountries(List.copyOf(analysis.countries()))
        .setPairs(analysis.pairs().stream().map(ReleaseTagger::toAvro).toList())
        .setPrimaryPair(analysis.primaryPair() == null ? null : analysis.primaryPair().toList())
        .setUpgrade(toV1(analysis.upgrade()))
        .setDowngrade(toV1(analysis.downgrade()))
        .setMoves(analysis.moves().stream().map(ReleaseTagger::toAvro).toList())
        .setReleaseDate(analysis.date())
        .setVerdict(Verdict.UNIQUE)
        .build();
  }

  /**
   * The metadata date is the publication date only: a release without one is dated by the analysis from its
   * dateline or text, and only then from its arrival (a plain-text file of a 2022 statement is not news of today).
   */
  private static LocalDate dateOf(Instant instant) {
    return instant == null ? null : LocalDate.ofInstant(instant, ZoneOffset.UTC);
  }

  private static dev.newsroom.avro.ScoredPair toAvro(ScoredPair pair) {
    return new dev.newsroom.avro.ScoredPair(pair.pair().toList(), pair.score());
  }

  static DetectedMove toAvro(Move move) {
    return DetectedMove.newBuilder()
        .setKind(MoveKind.valueOf(move.kind().name()))
        .setDirection(Direction.valueOf(move.direction().name()))
        .setPair(move.pair().toList())
        .setFromLevel(move.fromLevel())
        .setToLevel(move.toLevel())
        .setAction(move.action() == null ? null : RepresentationAction.valueOf(move.action().name()))
        .setStage(Stage.valueOf(move.stage().name()))
        .setEventDate(move.eventDate())
        .setConfidence(move.confidence())
        .setEvidence(move.evidence())
        .build();
  }

  /** The v1 shape of a partnership move, kept on the deprecated upgrade and downgrade fields for v1 readers. */
  private static DetectedUpgrade toV1(Move upgrade) {
    if (upgrade == null) {
      return null;
    }
    return DetectedUpgrade.newBuilder()
        .setPair(upgrade.pair().toList())
        .setFromLevel(upgrade.fromLevel())
        .setToLevel(upgrade.toLevel())
        .setStage(upgrade.stage().label())
        .setEvidence(upgrade.evidence())
        .build();
  }
}
