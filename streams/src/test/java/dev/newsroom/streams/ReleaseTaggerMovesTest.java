package dev.newsroom.streams;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.analysis.CountryPair;
import dev.newsroom.analysis.Move;
import dev.newsroom.analysis.RepresentationAction;
import dev.newsroom.analysis.Stage;
import dev.newsroom.avro.DetectedMove;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The analysis's moves reach the tagged release whole, so the pair pipeline sees representation changes. */
class ReleaseTaggerMovesTest {

  @Test
  void shouldCarryRepresentationMoveWithActionDirectionLevelsAndDate() {
    Move recall = Move.representation(RepresentationAction.AMBASSADOR_RECALLED, CountryPair.of("TR", "IL"),
        "ambassador", "charge d'affaires", Stage.ANNOUNCED, LocalDate.of(2024, 5, 2), 0.9,
        "Ankara recalled its ambassador for consultations.");

    DetectedMove tagged = ReleaseTagger.toAvro(recall);

    assertThat(tagged.getKind()).isEqualTo(MoveKind.REPRESENTATION);
    assertThat(tagged.getAction()).isEqualTo(dev.newsroom.avro.RepresentationAction.AMBASSADOR_RECALLED);
    assertThat(tagged.getDirection()).isEqualTo(Direction.DOWNGRADE);
    assertThat(tagged.getPair()).containsExactly("IL", "TR");
    assertThat(tagged.getFromLevel()).isEqualTo("ambassador");
    assertThat(tagged.getToLevel()).isEqualTo("charge d'affaires");
    assertThat(tagged.getStage()).isEqualTo(dev.newsroom.avro.Stage.ANNOUNCED);
    assertThat(tagged.getEventDate()).isEqualTo(LocalDate.of(2024, 5, 2));
    assertThat(tagged.getConfidence()).isEqualTo(0.9);
    assertThat(PairLedger.REPRESENTATION_LEVELS).as("a level the ledger ranks").contains(tagged.getToLevel());
  }
}
