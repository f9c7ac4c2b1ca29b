package dev.newsroom.producer.ingest;

import dev.newsroom.producer.PublishOutcome;
import dev.newsroom.producer.ReadItem;
import java.util.List;

/** Where ingested releases go: {@code ReleasePublisher::publish}, which returns once the broker acknowledged. */
@FunctionalInterface
public interface ReleaseSink {

  List<PublishOutcome> publish(List<ReadItem> items);
}
