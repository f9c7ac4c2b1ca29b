package dev.newsroom.analysis;

import java.util.Objects;

/**
 * One place where the text names a party.
 *
 * @param code  ISO 3166-1 alpha-2 code, or a bloc acronym
 * @param start offset of the first character in the text that was searched
 * @param end   offset just past the mention
 * @param surface the text as written, e.g. "Japanese"
 */
public record Mention(String code, int start, int end, String surface, MentionKind kind) {

  public Mention {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(kind, "kind");
  }
}
