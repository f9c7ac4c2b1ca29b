package dev.newsroom.consumer.desk;

import dev.newsroom.schemas.WireNames;
import dev.newsroom.avro.Alert;
import java.util.Locale;
import java.util.Set;

/**
 * Which alerts a route takes. Every criterion given must hold (and); within one criterion any listed value
 * will do (or); an empty set means "any". {@code blocCountries} is the union of the members of the blocs named,
 * and holds when either country of the pair is a member; {@code countries} likewise.
 *
 * <p>{@code changes} is of another sort: the others say which events a route is about, it says which versions
 * of those events are pushed (e.g. {@code created}, {@code confirmed}, {@code stage_advanced} for a chat channel,
 * leaving out {@code source_added} and {@code sources_corrected}). A version it leaves out still belongs to the
 * route ({@link #concerns}), so it does not fall through to the desk's default channels.
 */
public record AlertFilter(Set<String> countries, Set<String> pairs, Set<String> blocCountries, Set<String> levels,
    Set<String> stages, Set<String> directions, Set<String> changes) {

  public static final AlertFilter ANY =
      new AlertFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

  /** Whether this version is to be pushed: the route is about its event and takes this kind of change. */
  public boolean matches(Alert alert) {
    return concerns(alert) && (changes.isEmpty() || changes.contains(WireNames.of(alert.getChange())));
  }

  /** Whether the route is about the alert's event, whatever the version's change. */
  public boolean concerns(Alert alert) {
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
