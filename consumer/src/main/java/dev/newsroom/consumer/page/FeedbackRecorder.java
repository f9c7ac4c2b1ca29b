package dev.newsroom.consumer.page;

import dev.newsroom.avro.delivery.AlertFeedback;

/** Records a desk officer's correction durably (an event on the feedback topic) before the page shows it. */
@FunctionalInterface
public interface FeedbackRecorder {

  void record(AlertFeedback correction) throws Exception;
}
