package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the analyzer found in one release.
 *
 * @param countries   parties mentioned, most salient first
 * @param pairs       candidate pairs, best first
 * @param primaryPair the pair the release is about, or {@code null} when no pair is presented as acting together
 * @param moves       the changes in how two parties stand that the release reports as news (at most one per
 *                    kind and direction), most confident first
 * @param date        the date the release speaks from (its metadata, else its dateline), or {@code null}
 */
public record Analysis(String id, List<String> countries, List<ScoredPair> pairs, CountryPair primaryPair,
    List<Move> moves, LocalDate date) {

  public Analysis {
    Objects.requireNonNull(id, "id");
    countries = List.copyOf(countries);
    pairs = List.copyOf(pairs);
    moves = List.copyOf(moves);
  }

  /** The partnership upgrade reported, or {@code null}. */
  public Move upgrade() {
    return find(MoveKind.PARTNERSHIP, Direction.UPGRADE);
  }

  /** The partnership downgrade reported ({@code fromLevel} is the higher level left), or {@code null}. */
  public Move downgrade() {
    return find(MoveKind.PARTNERSHIP, Direction.DOWNGRADE);
  }

  /** The change of diplomatic representation reported, or {@code null}. */
  public Move representation() {
    return moves.stream().filter(m -> m.kind() == MoveKind.REPRESENTATION).findFirst().orElse(null);
  }

  private Move find(MoveKind kind, Direction direction) {
    return moves.stream().filter(m -> m.kind() == kind && m.direction() == direction).findFirst().orElse(null);
  }
}
