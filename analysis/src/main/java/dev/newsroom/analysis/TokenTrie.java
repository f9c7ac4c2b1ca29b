package dev.newsroom.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Trie over word sequences ("Papua New Guinea", "comprehensive strategic partnership"). Matching walks the
 * trie from a token and keeps the longest complete entry, so "South Korea" beats "Korea" and
 * "comprehensive strategic partnership" beats "strategic partnership" in one pass with one hash lookup per
 * token, instead of trying hundreds of regex alternatives at every character.
 *
 * <p>Filled once, then only read: safe to share between threads.
 *
 * @param <V> what an entry stands for
 */
final class TokenTrie<V> {

  private static final int MAX_GAP = 3;

  private final Node<V> root = new Node<>();
  private final boolean foldCase;
  private final String gapCharacters;

  /**
   * @param foldCase      compare words lower-cased (levels) rather than exactly (party names)
   * @param gapCharacters what may stand between two words of one entry besides a space and one line break
   */
  TokenTrie(boolean foldCase, String gapCharacters) {
    this.foldCase = foldCase;
    this.gapCharacters = " \n" + gapCharacters;
  }

  /**
   * Adds {@code spelling} for {@code value} unless the spelling is already taken; the first value stays.
   *
   * @return the value now stored for the spelling, so callers can tell a clash from a repeat
   */
  V addIfAbsent(String spelling, V value) {
    List<Token> words = WordTokenizer.tokenize(spelling);
    if (words.isEmpty()) {
      return value;
    }
    Node<V> node = root;
    for (Token word : words) {
      node = node.children.computeIfAbsent(key(word), w -> new Node<>());
    }
    if (node.value == null) {
      node.value = value;
    }
    return node.value;
  }

  /** The longest entry starting at token {@code from}, or {@code null}. */
  Match<V> longestAt(String text, List<Token> tokens, int from) {
    Node<V> node = root;
    Match<V> best = null;
    for (int i = from; i < tokens.size(); i++) {
      if (i > from && !joinable(text, tokens.get(i - 1).end(), tokens.get(i).start())) {
        break;
      }
      node = node.children.get(key(tokens.get(i)));
      if (node == null) {
        break;
      }
      if (node.value != null) {
        best = new Match<>(node.value, from, i);
      }
    }
    return best;
  }

  private String key(Token token) {
    return foldCase ? token.lower() : token.text();
  }

  private boolean joinable(String text, int gapStart, int gapEnd) {
    if (gapEnd - gapStart > MAX_GAP) {
      return false;
    }
    int lineBreaks = 0;
    for (int i = gapStart; i < gapEnd; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineBreaks++;
      } else if (gapCharacters.indexOf(c) < 0) {
        return false;
      }
    }
    return lineBreaks <= 1;
  }

  /** An entry found in the text, spanning tokens {@code firstToken..lastToken}. */
  record Match<V>(V value, int firstToken, int lastToken) {
  }

  private static final class Node<V> {
    private final Map<String, Node<V>> children = new HashMap<>(4);
    private V value;
  }
}
