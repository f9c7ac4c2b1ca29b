package dev.newsroom.analysis;

/**
 * A sentence (or a headline, dateline or byline line) of the normalised text.
 *
 * @param index position among the release's sentences, from 0
 * @param start offset of the first character in the normalised text
 * @param end   offset just past the last character
 * @param text  the sentence as written, trimmed
 */
record Sentence(int index, int start, int end, String text) {
}
