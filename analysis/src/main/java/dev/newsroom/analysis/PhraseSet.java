package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Phrases of one or more words looked up token by token, lower-cased: one hash look-up per token, for cues
 * checked on every sentence ("both sides", "look forward"). A word ending in {@code *} matches any word starting
 * so ({@link UpgradePhrasing}); such stems are only allowed as one-word phrases.
 */
final class PhraseSet {

  /** First word to the rest of each phrase starting with it (an empty rest: the word alone). */
  private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
  private final List<String> stems = new ArrayList<>();

  PhraseSet(List<String> phrases) {
    for (String phrase : phrases) {
      String[] words = phrase.split(" ");
      if (words.length == 1 && words[0].length() > 1 && words[0].endsWith("*")) {
        stems.add(words[0].substring(0, words[0].length() - 1));
        continue;
      }
      String[] rest = new String[words.length - 1];
      System.arraycopy(words, 1, rest, 0, rest.length);
      byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(rest);
    }
  }

  /** Whether a phrase starts at token {@code i}. */
  boolean matchesAt(List<Token> words, int i) {
    String first = words.get(i).lower();
    List<String[]> rests = byFirstWord.get(first);
    if (rests != null) {
      for (String[] rest : rests) {
        if (followedBy(words, i, rest)) {
          return true;
        }
      }
    }
    for (String stem : stems) {
      if (first.startsWith(stem)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a phrase starts at any token. */
  boolean occursIn(List<Token> words) {
    for (int i = 0; i < words.size(); i++) {
      if (matchesAt(words, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedBy(List<Token> words, int i, String[] rest) {
    if (i + rest.length >= words.size()) {
      return false;
    }
    for (int k = 0; k < rest.length; k++) {
      if (!words.get(i + 1 + k).lower().equals(rest[k])) {
        return false;
      }
    }
    return true;
  }
}
