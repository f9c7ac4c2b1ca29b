package dev.newsroom.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.inspect.InspectedTopic;
import dev.newsroom.app.inspect.RecordJson;
import dev.newsroom.app.kafka.TopicScan;
import dev.newsroom.schemas.SchemaRegistry;
import dev.newsroom.schemas.Topics;
import dev.newsroom.streams.LedgerView;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "inspect", mixinStandardHelpOptions = true,
    description = {"Prints the records of one of Newsroom's topics, decoded: one readable line each, or JSON.",
        "TOPIC is raw, tagged, duplicates, rejected, alerts, ledger, seeds, retry, parked, acks or feedback (topic names "
            + "come from the configuration, e.g. newsroom.topic.rejected).",
        "Without --from-beginning it prints the latest --limit records (10 by default), oldest first; a record that "
            + "cannot be decoded is printed with the reason and the others still are."})
final class InspectCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions config;

  @Parameters(index = "0", paramLabel = "TOPIC", description = "raw, tagged, duplicates, rejected, alerts, ledger, "
      + "seeds, retry, parked, acks or feedback.")
  String name;

  @Option(names = "--from-beginning", description = "Every record from the first (at most --limit when given).")
  boolean fromBeginning;

  @Option(names = "--key", paramLabel = "KEY", description = "Only records with this key: a release id, an alert "
      + "id, a pair such as JP-KH (ledger, seeds), <alertId>-v<version>/<channel> (retry, parked).")
  String key;

  @Option(names = "--follow", description = "Then keep printing records as they arrive, until Ctrl-C.")
  boolean follow;

  @Option(names = "--limit", paramLabel = "N", description = "How many records: the latest N (default 10), or with "
      + "--from-beginning the first N (default all). With --follow, how many to print before following.")
  Integer limit;

  @Option(names = "--json", description = "One JSON object per line: partition, offset, timestamp, key and the "
      + "value with the field names of its Avro schema (null for a tombstone).")
  boolean json;

  /** Records as JSON; bytes inside them in the registry wire format are decoded too once a registry is set. */
  private Function<Object, JsonNode> toJson = RecordJson::toNode;

  @Override
  public Integer call() {
    NewsroomConfig settings = config.load();
    String registryUrl = settings.get(Topics.SCHEMA_REGISTRY_URL);
    if (!registryUrl.isEmpty()) {
      SchemaRegistry registry = new SchemaRegistry(registryUrl);
      toJson = value -> RecordJson.toNode(value, registry);
    }
    var topics = InspectedTopic.all(settings.topics(), KafkaSetup.deliveryTopics(settings));
    InspectedTopic topic = topics.get(name);
    if (topic == null) {
      throw new IllegalArgumentException("unknown topic '" + name + "'; use one of " + InspectedTopic.names());
    }
    if (limit != null && limit < 1) {
      throw new IllegalArgumentException("--limit must be at least 1, got " + limit);
    }
    String wanted = key == null ? null
        : topic.name().equals("ledger") || topic.name().equals("seeds") ? LedgerView.canonical(key) : key.strip();
    Predicate<ConsumerRecord<String, byte[]>> filter = wanted == null ? null : record -> wanted.equals(record.key());
    KafkaSetup.ensureTopics(settings);
    if (topic.delivery()) {
      KafkaSetup.ensureDeliveryTopics(settings);
    }
    PrintWriter out = spec.commandLine().getOut();
    try (TopicScan scan = new TopicScan(settings.kafka("consumer"), topic.topic().name(),
        settings.duration("newsroom.broker.timeout"))) {
      List<ConsumerRecord<String, byte[]>> backlog;
      if (fromBeginning) {
        backlog = scan.fromBeginning().stream().filter(filter == null ? r -> true : filter)
            .sorted(TopicScan.BY_TIME).limit(limit == null ? Long.MAX_VALUE : limit).toList();
      } else {
        backlog = scan.latest(limit == null ? 10 : limit, filter);
      }
      backlog.forEach(record -> print(out, topic, record));
      out.flush();
      if (follow) {
        scan.follow(record -> {
          if (filter == null || filter.test(record)) {
            print(out, topic, record);
            out.flush();
          }
        }, () -> false);
      }
    }
    return 0;
  }

  private void print(PrintWriter out, InspectedTopic topic, ConsumerRecord<String, byte[]> record) {
    Object value;
    String error = null;
    try {
      value = topic.decode(record.value());
    } catch (RuntimeException e) {
      value = null;
      error = e.getMessage();
    }
    if (json) {
      ObjectNode line = RecordJson.JSON.createObjectNode();
      line.put("partition", record.partition());
      line.put("offset", record.offset());
      line.put("timestamp", Instant.ofEpochMilli(record.timestamp()).toString());
      line.put("key", record.key());
      if (error != null) {
        line.put("error", error);
      } else {
        line.set("value", toJson.apply(value));
      }
      out.println(line);
    } else if (error != null) {
      out.println(record.key() + "  cannot decode partition " + record.partition() + " offset " + record.offset()
          + ": " + error);
    } else if (value == null) {
      out.println(record.key() + (topic.name().equals("parked") ? "  (replayed: re-queued on the retry topic)"
          : "  (tombstone: deleted)"));
    } else {
      out.println(topic.line().apply(value));
    }
  }
}
