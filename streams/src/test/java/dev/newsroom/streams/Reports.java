package dev.newsroom.streams;

import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.RepresentationAction;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import dev.newsroom.avro.TaggedRelease;
import java.time.Instant;
import java.util.List;

/** Tagged releases that report one move, built directly (no analysis), for the event and ledger tests. */
final class Reports {

  static final List<String> JP_KH = List.of("JP", "KH");
  static final String CSP = "comprehensive strategic partnership";
  static final String SP = "strategic partnership";

  private Reports() {}

  static DetectedMove partnership(Direction direction, String from, String to, Stage stage) {
    return DetectedMove.newBuilder()
        .setKind(MoveKind.PARTNERSHIP)
        .setDirection(direction)
        .setPair(JP_KH)
        .setFromLevel(from)
        .setToLevel(to)
        .setStage(stage)
        .setEvidence("the move to " + to + " at stage " + stage)
        .build();
  }

  static DetectedMove upgrade(String to, Stage stage) {
    return partnership(Direction.UPGRADE, null, to, stage);
  }

  static DetectedMove representation(RepresentationAction action, String from, String to) {
    return DetectedMove.newBuilder()
        .setKind(MoveKind.REPRESENTATION)
        .setDirection(Direction.valueOf(
            dev.newsroom.analysis.RepresentationAction.valueOf(action.name()).direction().name()))
        .setPair(JP_KH)
        .setFromLevel(from)
        .setToLevel(to)
        .setAction(action)
        .setStage(Stage.ANNOUNCED)
        .setEvidence(action + " to " + to)
        .build();
  }

  static TaggedRelease report(String id, SourceKind kind, Instant published, DetectedMove... moves) {
    dev.newsroom.schemas.AvroSerde.trustContracts();
    return TaggedRelease.newBuilder()
        .setId(id)
        .setSource(new ReleaseSource("src " + id, kind))
        .setPublishedAt(published)
        .setReceivedAt(published)
        .setNormalizedText("text of " + id)
        .setFingerprint(id)
        .setMoves(List.of(moves))
        .build();
  }
}
