package dev.newsroom.streams;

import dev.newsroom.avro.RawRelease;
import java.util.Optional;

/** The rules a raw release must meet before it is analysed; each failure is a reason a person can act on. */
final class ReleaseValidator {

  /** Bodies above this are almost certainly a whole site scraped by mistake, not a release. */
  static final int MAX_BODY_CHARS = 1_000_000;

  private ReleaseValidator() {}

  static Optional<String> problemWith(String key, RawRelease release) {
    if (release.getId() == null || release.getId().isBlank()) {
      return Optional.of("release id is blank");
    }
    if (key != null && !key.equals(release.getId())) {
      return Optional.of("record key '" + key + "' differs from release id '" + release.getId() + "'");
    }
    if (release.getBody() == null || release.getBody().isBlank()) {
      return Optional.of("release " + release.getId() + " has an empty body");
    }
    if (release.getBody().length() > MAX_BODY_CHARS) {
      return Optional.of("release " + release.getId() + " body has " + release.getBody().length()
          + " characters, more than the limit of " + MAX_BODY_CHARS);
    }
    if (release.getSource() == null || release.getSource().getName() == null
        || release.getSource().getName().isBlank()) {
      return Optional.of("release " + release.getId() + " has no source name");
    }
    return Optional.empty();
  }
}
