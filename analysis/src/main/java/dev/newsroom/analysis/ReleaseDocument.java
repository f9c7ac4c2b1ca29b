package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A release prepared once for all the analysis steps: normalised title and body joined by a paragraph
 * break, its words, its sentences, and the party and level mentions grouped by sentence.
 */
final class ReleaseDocument {

  private final String text;
  private final int titleEnd;
  private final LocalDate date;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<Mention> mentions;
  private final List<List<Token>> tokensBySentence;
  private final List<List<Mention>> mentionsBySentence;
  private final List<List<LevelMention>> levelsBySentence;
  private final boolean namesForeignLevel;

  ReleaseDocument(String normalizedTitle, String normalizedBody, LocalDate date, Gazetteer gazetteer,
      PartnershipLadder ladder) {
    boolean hasTitle = !normalizedTitle.isEmpty();
    this.text = hasTitle ? normalizedTitle + "\n\n" + normalizedBody : normalizedBody;
    this.titleEnd = hasTitle ? normalizedTitle.length() : 0;
    this.date = date;
    this.tokens = WordTokenizer.tokenize(text);
    this.sentences = SentenceSplitter.split(text);
    this.mentions = gazetteer.find(text, tokens);
    this.tokensBySentence = groupBySentence(tokens, Token::start);
    this.mentionsBySentence = groupBySentence(mentions, Mention::start);
    this.levelsBySentence = levelsBySentence(ladder);
    this.namesForeignLevel = levelsBySentence.stream().flatMap(List::stream)
        .anyMatch(level -> ladder.isForeignName(text, level));
  }

  /** Whether a level is named in another language, so statements need the multilingual vocabulary. */
  UpgradeLanguage language() {
    return namesForeignLevel ? UpgradeLanguage.MULTILINGUAL : UpgradeLanguage.ENGLISH;
  }

  String text() {
    return text;
  }

  LocalDate date() {
    return date;
  }

  List<Token> tokens() {
    return tokens;
  }

  List<Sentence> sentences() {
    return sentences;
  }

  List<Mention> mentions() {
    return mentions;
  }

  List<Token> tokensIn(Sentence sentence) {
    return tokensBySentence.get(sentence.index());
  }

  List<Mention> mentionsIn(Sentence sentence) {
    return mentionsBySentence.get(sentence.index());
  }

  List<LevelMention> levelsIn(Sentence sentence) {
    return levelsBySentence.get(sentence.index());
  }

  boolean isTitle(Sentence sentence) {
    return sentence.start() < titleEnd;
  }

  boolean inTitle(Mention mention) {
    return mention.start() < titleEnd;
  }

  /** Index of the token starting at {@code offset}; mentions always start on a token. */
  int tokenIndexAt(int offset) {
    int low = 0;
    int high = tokens.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int start = tokens.get(mid).start();
      if (start < offset) {
        low = mid + 1;
      } else if (start > offset) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return low;
  }

  /** Only the few sentences that contain a level's key word are searched for levels. */
  private List<List<LevelMention>> levelsBySentence(PartnershipLadder ladder) {
    List<List<LevelMention>> levels = new ArrayList<>(sentences.size());
    for (Sentence sentence : sentences) {
      levels.add(ladder.mayContainLevel(sentence.text())
          ? ladder.find(text, tokensBySentence.get(sentence.index()))
          : List.of());
    }
    return List.copyOf(levels);
  }

  private interface Offset<T> {
    int of(T item);
  }

  /** Items are in text order and sentences do not overlap, so one sweep assigns each item. */
  private <T> List<List<T>> groupBySentence(List<T> items, Offset<T> offset) {
    List<List<T>> grouped = new ArrayList<>(sentences.size());
    int next = 0;
    for (Sentence sentence : sentences) {
      int first = -1;
      while (next < items.size() && offset.of(items.get(next)) < sentence.end()) {
        if (first < 0 && offset.of(items.get(next)) >= sentence.start()) {
          first = next;
        }
        next++;
      }
      grouped.add(first < 0 ? List.of() : items.subList(first, next));
    }
    return List.copyOf(grouped);
  }
}
