package dev.newsroom.streams;

import dev.newsroom.analysis.similarity.MinHash;
import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import dev.newsroom.analysis.similarity.Sketch;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.internal.NearDuplicateKind;
import dev.newsroom.avro.internal.NearDuplicateMessage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/**
 * Builds the messages of near-duplicate detection: a release fans out to one BAND message per LSH band, keyed
 * by band, so that releases sharing a band meet in one task whatever partition they were published to.
 */
final class NearDuplicateMessages {

  private final NearDuplicatePolicy policy;
  private final MinHash minHash;

  NearDuplicateMessages(NearDuplicatePolicy policy) {
    this.policy = policy;
    this.minHash = policy.minHash();
  }

  List<KeyValue<String, NearDuplicateMessage>> bands(TaggedRelease release) {
    int[] signature = minHash.signature(release.getNormalizedText());
    ByteBuffer sketch = ByteBuffer.wrap(Sketch.of(signature));
    long[] keys = policy.bandKeys(signature);
    List<KeyValue<String, NearDuplicateMessage>> messages = new ArrayList<>(keys.length);
    for (int band = 0; band < keys.length; band++) {
      messages.add(KeyValue.pair(band + ":" + Long.toHexString(keys[band]), NearDuplicateMessage.newBuilder()
          .setKind(NearDuplicateKind.BAND)
          .setReleaseId(release.getId())
          .setOrderTime(release.getReceivedAt().toEpochMilli())
          .setSketch(sketch)
          .build()));
    }
    return messages;
  }

  static NearDuplicateMessage release(TaggedRelease release) {
    return NearDuplicateMessage.newBuilder()
        .setKind(NearDuplicateKind.RELEASE)
        .setReleaseId(release.getId())
        .setOrderTime(release.getReceivedAt().toEpochMilli())
        .setRelease(release)
        .build();
  }

  /** Whether release a came before release b: by time received, then by id, so every task agrees. */
  static boolean earlier(long timeA, String idA, long timeB, String idB) {
    return timeA < timeB || (timeA == timeB && idA.compareTo(idB) < 0);
  }
}
