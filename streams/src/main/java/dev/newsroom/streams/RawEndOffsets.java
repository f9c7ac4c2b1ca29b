package dev.newsroom.streams;

import java.util.Map;

/**
 * The raw topic's end offsets as the broker told them lately, per partition (empty until known). The
 * deduplication's watermark uses them to tell a partition that is caught up (nothing left to read: quiet means
 * idle, after the grace) from one that is behind (its unread records may be earlier: it holds the watermark until
 * the full idle timeout). Handed to the processors through the Streams configuration under {@link #CONFIG}.
 */
public interface RawEndOffsets {

  /** Key in the Kafka Streams configuration (not a setting: set by {@link NewsroomStreams}). */
  String CONFIG = "newsroom.internal.raw.end.offsets";

  Map<Integer, Long> latest();
}
