package dev.newsroom.producer.ingest;

/**
 * What one poll did.
 *
 * @param published releases the broker acknowledged
 * @param failed items that could not be read (each logged with its reason)
 * @param skipped items already seen
 * @param notModified whether the server answered 304
 * @param problem the reason of the first item that failed, or null
 */
public record PollResult(int published, int failed, int skipped, boolean notModified, String problem) {

  public static final PollResult NOT_MODIFIED = new PollResult(0, 0, 0, true, null);
}
