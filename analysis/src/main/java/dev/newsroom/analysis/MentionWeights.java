package dev.newsroom.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How much a mention says that the party is an actor of the release. A full name counts 1; a demonym or a
 * capital less; a name used as a label ("ASEAN Summit", "Japan Airlines") or as a topic ("crisis in
 * Ukraine", "North Korea's missile tests", "compete with China") much less. Looks at the two or three
 * words on either side only.
 */
final class MentionWeights {

  static final double LABEL_FACTOR = 0.3;
  static final double TOPIC_FACTOR = 0.2;
  /** Mentions weaker than this ("ASEAN Summit", "crisis in Ukraine") do not make a party of the sentence. */
  static final double PARTY_MIN_WEIGHT = 0.5;

  /** After the name, in any case: the name labels an event or body. */
  private static final Set<String> LABEL_WORDS = Set.of("summit", "summits", "chairmanship", "chair",
      "centrality", "community", "secretariat", "regional", "ministerial", "meeting", "meetings", "forum",
      "charter", "member", "members", "airlines", "airways", "foundation");
  /** After the name, capitalised only: "Japan Cup", but "Japan open to talks" stays an actor. */
  private static final Set<String> LABEL_WORDS_CAPITALISED = Set.of("Cup", "Games", "Championship",
      "Championships", "League", "Open", "Way", "Plus", "Day");
  /** After the name (or its "'s"): the party is what is talked about. */
  private static final Set<String> TOPIC_AFTER = Set.of("missile", "missiles", "nuclear", "invasion",
      "aggression", "war", "crisis", "conflict", "election", "elections", "flood", "floods", "earthquake",
      "earthquakes", "typhoon", "typhoons", "weather");
  private static final Set<String> TOPIC_ADJECTIVES = Set.of("repeated", "latest", "recent", "ongoing",
      "continued", "full", "scale");
  /** Before the name, possibly with "in/on/of/with/against/over" and "the" between. */
  private static final Set<String> TOPIC_BEFORE = Set.of("crisis", "war", "conflict", "situation", "invasion",
      "tension", "tensions", "fighting", "violence", "sanctions", "coup", "compete", "competing",
      "competition", "rivalry", "against");
  private static final Set<String> LINKS = Set.of("in", "on", "of", "with", "against", "over", "the");

  private MentionWeights() {
  }

  /** The countries a sentence names as actors (weighing at least {@link #PARTY_MIN_WEIGHT}), in order of mention. */
  static Set<String> partiesIn(ReleaseDocument doc, Sentence sentence) {
    Set<String> parties = new LinkedHashSet<>();
    for (Mention mention : doc.mentionsIn(sentence)) {
      if (of(mention, doc) >= PARTY_MIN_WEIGHT) {
        parties.add(mention.code());
      }
    }
    return parties;
  }

  static double of(Mention mention, ReleaseDocument doc) {
    double weight = switch (mention.kind()) {
      case NAME, ABBREVIATION -> 1.0;
      case DEMONYM -> 0.7;
      case CAPITAL -> 0.5;
    };
    List<Token> tokens = doc.tokens();
    int first = doc.tokenIndexAt(mention.start());
    int after = first;
    while (after < tokens.size() && tokens.get(after).start() < mention.end()) {
      after++;
    }
    String text = doc.text();
    boolean wordsAfter = after < tokens.size() && sameClause(text, mention.end(), tokens.get(after).start());
    boolean wordsBefore = first > 0 && sameClause(text, tokens.get(first - 1).end(), mention.start());
    if (wordsAfter && isTopicAfter(tokens, after) || wordsBefore && isTopicBefore(tokens, first)) {
      return weight * TOPIC_FACTOR;
    }
    if (wordsAfter) {
      int label = tokens.get(after).text().equals("s") ? after + 1 : after;
      if (label < tokens.size() && isLabel(tokens.get(label))) {
        return weight * LABEL_FACTOR;
      }
    }
    return weight;
  }

  /** No sentence end, semicolon or line break between two neighbouring words. */
  private static boolean sameClause(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == ';' || c == '\n') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLabel(Token word) {
    return LABEL_WORDS.contains(SentenceSignals.lower(word)) || LABEL_WORDS_CAPITALISED.contains(word.text());
  }

  private static boolean isTopicAfter(List<Token> tokens, int i) {
    if (i < tokens.size() && tokens.get(i).text().equals("s")) {
      i++;
    }
    while (i < tokens.size() && TOPIC_ADJECTIVES.contains(SentenceSignals.lower(tokens.get(i)))) {
      i++;
    }
    return i < tokens.size() && TOPIC_AFTER.contains(SentenceSignals.lower(tokens.get(i)));
  }

  private static boolean isTopicBefore(List<Token> tokens, int first) {
    int i = first - 1;
    for (int links = 0; i >= 0 && links < 2 && LINKS.contains(SentenceSignals.lower(tokens.get(i))); links++) {
      if (TOPIC_BEFORE.contains(SentenceSignals.lower(tokens.get(i)))) {
        return true;
      }
      i--;
    }
    return i >= 0 && TOPIC_BEFORE.contains(SentenceSignals.lower(tokens.get(i)));
  }
}
