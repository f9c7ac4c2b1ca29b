package dev.newsroom.analysis;

import java.util.Objects;

/**
 * A partnership level named in text.
 *
 * @param level canonical name on the {@link PartnershipLadder}
 * @param start offset of the first character of the matched words
 * @param end   offset just past them
 */
public record LevelMention(String level, int start, int end) {

  public LevelMention {
    Objects.requireNonNull(level, "level");
  }
}
