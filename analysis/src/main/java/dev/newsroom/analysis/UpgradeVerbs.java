package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The verbs (and their nouns) that move a relationship: looked up word by word, with their inflections
 * spelled out, because a regex alternation tried at every character is too slow for every release.
 */
final class UpgradeVerbs {

  /** How the verb reaches its level. */
  enum Kind {
    /** The level follows "to", "into" or "as": "elevate relations to ...". */
    RAISE,
    /** The level is the object: "establish a ... partnership". */
    ESTABLISH,
    /** Like RAISE but down the ladder: "downgrade relations to ...". */
    LOWER
  }

  /** A move verb found in the text; offsets refer to the release text. */
  record Hit(Kind kind, String word, int start, int end) {
  }

  /** Verbs that only move a relationship together with a particle: "step up", "enter into", "set up". */
  private static final Map<String, Particle> PARTICLE_VERBS = particleVerbs();

  /** The particle a verb needs, and what the two make. */
  private record Particle(String word, Kind kind) {
  }

  private static final Map<String, Kind> ENGLISH_FORMS = forms(false);
  private static final Map<String, Kind> ALL_FORMS = forms(true);

  private UpgradeVerbs() {
  }

  /** @param foreign whether other languages' verbs count too (only for releases naming a foreign level) */
  static List<Hit> find(List<Token> words, boolean foreign) {
    Map<String, Kind> forms = foreign ? ALL_FORMS : ENGLISH_FORMS;
    List<Hit> hits = new ArrayList<>(2);
    for (int i = 0; i < words.size(); i++) {
      Token word = words.get(i);
      String lower = SentenceSignals.lower(word);
      Kind kind = forms.get(lower);
      if (kind != null) {
        hits.add(new Hit(kind, lower, word.start(), word.end()));
        continue;
      }
      Particle particle = PARTICLE_VERBS.get(lower);
      if (particle != null && i + 1 < words.size()
          && SentenceSignals.lower(words.get(i + 1)).equals(particle.word())) {
        hits.add(new Hit(particle.kind(), lower + " " + particle.word(), word.start(), words.get(i + 1).end()));
        i++;
      }
    }
    return hits;
  }

  /** English's forms from {@code phrasing-en.tsv}; with {@code foreign}, every language's (English wins a clash). */
  private static Map<String, Kind> forms(boolean foreign) {
    Map<String, Kind> forms = new HashMap<>();
    add(forms, UpgradePhrasing.english("raise"), Kind.RAISE);
    add(forms, UpgradePhrasing.english("establish"), Kind.ESTABLISH);
    add(forms, UpgradePhrasing.english("lower"), Kind.LOWER);
    if (foreign) {
      add(forms, UpgradePhrasing.foreign("raise"), Kind.RAISE);
      add(forms, UpgradePhrasing.foreign("establish"), Kind.ESTABLISH);
      add(forms, UpgradePhrasing.foreign("lower"), Kind.LOWER);
    }
    return Map.copyOf(forms);
  }

  private static void add(Map<String, Kind> forms, List<String> words, Kind kind) {
    words.forEach(word -> forms.putIfAbsent(word, kind));
  }

  private static Map<String, Particle> particleVerbs() {
    Map<String, Particle> verbs = new HashMap<>();
    addParticles(verbs, UpgradePhrasing.english("raise-particle"), Kind.RAISE);
    addParticles(verbs, UpgradePhrasing.english("establish-particle"), Kind.ESTABLISH);
    return Map.copyOf(verbs);
  }

  private static void addParticles(Map<String, Particle> verbs, List<String> phrases, Kind kind) {
    for (String phrase : phrases) {
      String[] words = phrase.split(" ");
      if (words.length != 2) {
        throw new IllegalStateException("a particle verb is two words: " + phrase);
      }
      verbs.putIfAbsent(words[0], new Particle(words[1], kind));
    }
  }
}
