package dev.newsroom.consumer.page;

import dev.newsroom.avro.delivery.AlertAcknowledgement;

/** Records an acknowledgement durably (an event on the acknowledgements topic) before the page shows it. */
@FunctionalInterface
public interface Acknowledger {

  void acknowledge(AlertAcknowledgement ack) throws Exception;
}
