package dev.newsroom.consumer.desk;

import dev.newsroom.schemas.WireNames;
import dev.newsroom.avro.Alert;
import java.util.Locale;
import java.util.Set;

/**
 * Which alerts a route takes. Every criterion given must hold (and); within one criterion any listed value
 * will do (or); an empty set means "any". {@code blocCountries} is the union of the members of the blocs named,
 * and holds when either country of the pair is a member; {@code countries} likewise.
 */
public record AlertFilter(Set<String> countries, Set<String> pairs, Set<String> blocCountries, Set<String> levels,
    Set<String> stages, Set<String> directions) {

  public static final AlertFilter ANY = new AlertFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  public boolean matches(Alert alert) {
    return (countries.isEmpty() || alert.getPair().stream().anyMatch(countries::contains))
        && (pairs.isEmpty() || pairs.contains(pairKey(alert.getPair().get(0), alert.getPair().get(1))))
        && (blocCountries.isEmpty() || alert.getPair().stream().anyMatch(blocCountries::contains))
        && (levels.isEmpty() || levels.contains(alert.getToLevel().toLowerCase(Locale.ROOT)))
        && (stages.isEmpty() || stages.contains(WireNames.of(alert.getStage())))
        && (directions.isEmpty() || directions.contains(WireNames.of(alert.getDirection())));
  }

  /** A pair written either way round, e.g. {@code KH-JP} and {@code JP-KH}, is the same pair. */
  static String pairKey(String a, String b) {
    return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
  }
}
