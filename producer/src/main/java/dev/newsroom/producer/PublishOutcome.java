package dev.newsroom.producer;

import java.util.List;

/** What became of one release: stored by the broker under {@code releaseId}, or failed with {@code error}. */
public record PublishOutcome(String location, String releaseId, String error) {

  static PublishOutcome published(String location, String releaseId) {
    return new PublishOutcome(location, releaseId, null);
  }

  static PublishOutcome failed(String location, String releaseId, String error) {
    return new PublishOutcome(location, releaseId, error);
  }

  public boolean isPublished() {
    return error == null;
  }

  /** The one-line summary the publish command ends with. */
  public static String summary(List<PublishOutcome> outcomes) {
    long published = outcomes.stream().filter(PublishOutcome::isPublished).count();
    long failed = outcomes.size() - published;
    return "published " + published + " release" + (published == 1 ? "" : "s") + ", " + failed + " failed";
  }
}
