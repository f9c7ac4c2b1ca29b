package dev.newsroom.streams;

import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.TaggedRelease;

/** Outcome of decoding, validating and tagging one raw record: exactly one of the two is set. */
record Checked(TaggedRelease release, RejectedRecord rejection) {

  static Checked accepted(TaggedRelease release) {
    return new Checked(release, null);
  }

  static Checked rejected(RejectedRecord rejection) {
    return new Checked(null, rejection);
  }

  boolean isAccepted() {
    return release != null;
  }
}
