package dev.newsroom.benchmarks.load;

import java.util.Map;
import java.util.Set;

/**
 * What the outputs must be for a workload, as its generator knows it.
 *
 * @param releases every valid release id (each must end on tagged or duplicates exactly once)
 * @param familyOf for every member of a family of copies (original included), the id of its original: the
 *     member published earliest
 * @param eventOf for every report of an upgrade event, and every copy of one, the event's key (its pair)
 * @param poison every poison record's key and kind (each must be rejected exactly once)
 */
record Truth(Set<String> releases, Map<String, String> familyOf, Map<String, String> eventOf,
    Map<String, PoisonKind> poison) {

  Truth {
    releases = Set.copyOf(releases);
    familyOf = Map.copyOf(familyOf);
    eventOf = Map.copyOf(eventOf);
    poison = Map.copyOf(poison);
  }

  /** Releases that must be on the tagged topic: every release that is not a copy of an earlier one. */
  boolean isOriginal(String id) {
    String original = familyOf.get(id);
    return original == null || original.equals(id);
  }

  long events() {
    return eventOf.values().stream().distinct().count();
  }

  long families() {
    return familyOf.values().stream().distinct().count();
  }
}
