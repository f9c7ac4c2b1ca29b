package dev.newsroom.app;

/** The broker an integration test talks to, wherever it runs. */
public interface KafkaBroker {

  String bootstrapServers();

  /** Where it runs, for the test log: "in-JVM KRaft" or "Testcontainers apache/kafka". */
  String kind();
}
