package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits normalised text into sentences.
 *
 * <p>A sentence ends at '.', '!' or '?' (plus any closing quotes or brackets) when the next word starts
 * with a capital, a digit or an opening quote, except after abbreviations ("Mr.", "Dr.", "No.", "Nov."),
 * initials ("J.") and dotted acronyms ("U.S.") unless a typical sentence opener follows. A paragraph break
 * always ends a sentence. A single line break ends one too (headlines, datelines and bylines have no full
 * stop), except where it looks like hard-wrapped prose: the next line starts in lower case, or a long line
 * stops on a lower-case word or a comma.
 */
final class SentenceSplitter {

  private static final Set<String> ABBREVIATIONS = Set.of(
      "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Mt", "No", "Nos", "Gen", "Col", "Lt", "Sen", "Rep", "Gov",
      "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "Amb", "Capt", "Maj", "Sgt", "Adm", "Hon", "Rev", "Pres",
      "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
      "vs", "etc", "approx", "Fig", "Vol", "Art", "Para", "pp", "p", "cf", "al", "Ph");
  /** Words that begin a new sentence after an acronym such as "U.S." ends the previous one. */
  private static final Set<String> SENTENCE_OPENERS = Set.of(
      "The", "This", "That", "These", "It", "He", "She", "They", "We", "I", "In", "But", "However", "A",
      "An", "Both", "Meanwhile", "Earlier", "Later", "On", "At", "After");
  private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:[A-Za-z]\\.)+[A-Za-z]");
  /** Lines at least this long that stop mid-sentence are taken as hard-wrapped prose. */
  private static final int WRAPPED_LINE_LENGTH = 60;

  private static final char IDEOGRAPHIC_FULL_STOP = '\u3002';

  private SentenceSplitter() {
  }

  static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int boundary = -1;
      if (c == '\n') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '\n' || lineBreakEndsSentence(text, i)) {
          boundary = i;
        }
      } else if (c == IDEOGRAPHIC_FULL_STOP) {
        // Chinese and Japanese sentences end at "。" with no space after it, often before a closing quote.
        int after = skipClosers(text, i + 1);
        add(sentences, text, start, after);
        start = after;
        i = after;
        continue;
      } else if (c == '.' || c == '!' || c == '?') {
        int after = skipClosers(text, i + 1);
        if (after < text.length() && text.charAt(after) == ' ' && startsSentence(text, after + 1)
            && !(c == '.' && abbreviationBefore(text, i, after + 1))) {
          boundary = after;
        }
        i = Math.max(i, after - 1);
      }
      if (boundary >= 0) {
        add(sentences, text, start, boundary);
        start = boundary + 1;
        i = boundary;
      }
      i++;
    }
    add(sentences, text, start, text.length());
    return sentences;
  }

  private static void add(List<Sentence> sentences, String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      sentences.add(new Sentence(sentences.size(), from, to, text.substring(from, to)));
    }
  }

  /** Skips further terminal punctuation ("?!", "...") and closing quotes or brackets. */
  private static int skipClosers(String text, int i) {
    while (i < text.length() && ".!?\"')]」』".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static boolean startsSentence(String text, int i) {
    while (i < text.length() && " \"'([".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i < text.length() && (Character.isUpperCase(text.charAt(i)) || Character.isDigit(text.charAt(i)));
  }

  private static boolean abbreviationBefore(String text, int dot, int nextWordStart) {
    int from = dot;
    while (from > 0 && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
      from--;
    }
    String word = text.substring(from, dot);
    if (word.isEmpty()) {
      return false;
    }
    if (ABBREVIATIONS.contains(word) || (word.length() == 1 && Character.isUpperCase(word.charAt(0)))) {
      return true;
    }
    return DOTTED_ACRONYM.matcher(word).matches() && !SENTENCE_OPENERS.contains(nextWord(text, nextWordStart));
  }

  private static String nextWord(String text, int i) {
    while (i < text.length() && !Character.isLetter(text.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < text.length() && Character.isLetter(text.charAt(i))) {
      i++;
    }
    return text.substring(start, i);
  }

  private static boolean lineBreakEndsSentence(String text, int newline) {
    int lineStart = text.lastIndexOf('\n', newline - 1) + 1;
    char last = text.charAt(newline - 1);
    char next = newline + 1 < text.length() ? text.charAt(newline + 1) : 'A';
    if (Character.isLowerCase(next)) {
      return false;
    }
    boolean stopsMidSentence = Character.isLowerCase(last) || last == ',' || last == ';';
    return !(stopsMidSentence && newline - lineStart >= WRAPPED_LINE_LENGTH);
  }
}
