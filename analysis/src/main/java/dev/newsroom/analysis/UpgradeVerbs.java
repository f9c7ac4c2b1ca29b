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

  private static final String RAISE_FORMS = "elevate elevates elevated elevating elevation "
      + "upgrade upgrades upgraded upgrading raise raises raised raising lift lifts lifted lifting "
      + "enhance enhances enhanced enhancing enhancement improve improves improved improving improvement "
      + "take takes taken taking took bring brings bringing brought move moves moved moving "
      + "advance advances advanced advancing advancement promote promotes promoted promoting promotion "
      + "transform transforms transformed transforming boost boosts boosted boosting";
  private static final String ESTABLISH_FORMS = "establish establishes established establishing establishment "
      + "launch launches launched launching forge forges forged forging form forms formed forming "
      + "sign signs signed signing inaugurate inaugurates inaugurated inaugurating "
      + "declare declares declared declaring "
      + "become becomes becoming became conclude concludes concluded concluding seal seals sealed sealing";
  private static final String LOWER_FORMS = "downgrade downgrades downgraded downgrading lower lowers lowered "
      + "lowering reduce reduces reduced reducing demote demotes demoted demoting";
  /** Verbs that only move a relationship together with a particle: "step up", "enter into", "set up". */
  private static final Map<String, String> PARTICLE_VERBS = Map.of(
      "step", "up", "steps", "up", "stepped", "up", "stepping", "up",
      "enter", "into", "enters", "into", "entered", "into", "entering", "into",
      "set", "up", "sets", "up");
  private static final Map<String, Kind> PARTICLE_VERB_KINDS = Map.of("up", Kind.RAISE, "into", Kind.ESTABLISH);

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
      String particle = PARTICLE_VERBS.get(lower);
      if (particle != null && i + 1 < words.size() && SentenceSignals.lower(words.get(i + 1)).equals(particle)) {
        Kind particleKind = lower.startsWith("set") ? Kind.ESTABLISH : PARTICLE_VERB_KINDS.get(particle);
        hits.add(new Hit(particleKind, lower + " " + particle, word.start(), words.get(i + 1).end()));
        i++;
      }
    }
    return hits;
  }

  private static Map<String, Kind> forms(boolean foreign) {
    Map<String, Kind> forms = new HashMap<>();
    for (String form : RAISE_FORMS.split(" ")) {
      forms.put(form, Kind.RAISE);
    }
    for (String form : ESTABLISH_FORMS.split(" ")) {
      forms.put(form, Kind.ESTABLISH);
    }
    for (String form : LOWER_FORMS.split(" ")) {
      forms.put(form, Kind.LOWER);
    }
    if (!foreign) {
      return Map.copyOf(forms);
    }
    // Other languages' verbs: English keeps a form both languages spell alike.
    UpgradePhrasing.forms("raise").forEach(form -> forms.putIfAbsent(form, Kind.RAISE));
    UpgradePhrasing.forms("establish").forEach(form -> forms.putIfAbsent(form, Kind.ESTABLISH));
    UpgradePhrasing.forms("lower").forEach(form -> forms.putIfAbsent(form, Kind.LOWER));
    return Map.copyOf(forms);
  }
}
