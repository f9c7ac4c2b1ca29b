package dev.newsroom.app;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.kafka.TopicScan;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.ParkedDelivery;
import dev.newsroom.avro.delivery.PendingDelivery;
import dev.newsroom.consumer.AlertCloudEvent;
import dev.newsroom.consumer.DeliveryTopics;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "parked", mixinStandardHelpOptions = true,
    description = {"Re-queues parked deliveries on the retry topic, so that `newsroom alerts --desk` tries them again.",
        "Every parked delivery, or those of one channel (--channel) or one alert (--alert); each gets the full "
            + "number of tries again (newsroom.delivery.attempts), its first try at once.",
        "A replayed delivery is marked on the parked topic (a record with no value under its key), so replaying "
            + "twice does not queue it twice; if it fails again it is parked again and can be replayed again."})
final class ReplayParkedCommand implements Callable<Integer> {

  static final String REPLAYED_TYPE = "dev.newsroom.alert.delivery.replayed";

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions config;

  @Option(names = "--channel", paramLabel = "NAME", description = "Only deliveries to this channel of the desk file.")
  String channel;

  @Option(names = "--alert", paramLabel = "ALERT_ID", description = "Only deliveries of this alert (every version), "
      + "or of one version given as <alertId>-v<version>.")
  String alert;

  @Option(names = "--dry-run", description = "List what would be re-queued and change nothing.")
  boolean dryRun;

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() throws InterruptedException {
    NewsroomConfig settings = config.load();
    KafkaSetup.ensureTopics(settings);
    DeskDelivery.ensureTopics(settings);
    DeliveryTopics topics = DeskDelivery.topics(settings);
    Map<String, ParkedDelivery> parked = stillParked(settings, topics);
    List<ParkedDelivery> chosen = parked.values().stream().filter(this::matches).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (chosen.isEmpty()) {
      out.flush();
      spec.commandLine().getErr().println("newsroom: no parked delivery" + (parked.isEmpty() ? " on "
          + topics.parked().name() : " matches" + (channel == null ? "" : " --channel " + channel)
          + (alert == null ? "" : " --alert " + alert) + " (" + parked.size() + " parked)"));
      spec.commandLine().getErr().flush();
      return 1;
    }
    if (!dryRun) {
      requeue(settings, topics, chosen);
    }
    for (ParkedDelivery delivery : chosen) {
      out.println((dryRun ? "would re-queue " : "re-queued ") + delivery.getDeliveryId() + " -> "
          + delivery.getChannel() + "  (parked after " + delivery.getAttempts() + " tries: " + delivery.getReason() + ")");
    }
    out.println((dryRun ? "would re-queue " : "re-queued ") + chosen.size() + " parked deliver"
        + (chosen.size() == 1 ? "y" : "ies") + " on " + topics.retry().name()
        + (dryRun ? "" : "; `newsroom alerts --desk` tries them next"));
    out.flush();
    return 0;
  }

  /** The latest record per key on the parked topic, leaving out keys whose latest record marks a replay. */
  private static Map<String, ParkedDelivery> stillParked(NewsroomConfig settings, DeliveryTopics topics) {
    Map<String, ParkedDelivery> latest = new LinkedHashMap<>();
    try (TopicScan scan = new TopicScan(settings.kafka("consumer"), topics.parked().name(),
        settings.duration("newsroom.broker.timeout"))) {
      for (var record : scan.fromBeginning()) {
        ParkedDelivery delivery = topics.parked().valueSerde().deserializer().deserialize(record.topic(), record.value());
        latest.remove(record.key()); // keeps the order of the latest records
        if (delivery != null) {
          latest.put(record.key(), delivery);
        }
      }
    }
    return latest;
  }

  private boolean matches(ParkedDelivery delivery) {
    boolean channelMatches = channel == null || channel.strip().equals(delivery.getChannel());
    String id = delivery.getDeliveryId();
    boolean alertMatches = alert == null || id.equals(alert.strip()) || id.startsWith(alert.strip() + "-v");
    return channelMatches && alertMatches;
  }

  /** The retry records first, all acknowledged, then the marks: a crash in between repeats, never loses, one. */
  private void requeue(NewsroomConfig settings, DeliveryTopics topics, List<ParkedDelivery> chosen)
      throws InterruptedException {
    Instant now = clock.instant();
    var alerts = settings.topics().alerts();
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings.kafka("producer"),
        new StringSerializer(), new ByteArraySerializer())) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (ParkedDelivery delivery : chosen) {
        byte[] alertBytes = dev.newsroom.app.inspect.RecordJson.bytesOf(delivery.getAlert());
        Alert decoded = alerts.valueSerde().deserializer().deserialize(alerts.name(), alertBytes);
        PendingDelivery pending = new PendingDelivery(delivery.getDeliveryId(), delivery.getChannel(), 0, now,
            delivery.getFirstFailedAt(), "replayed by an operator; it was parked after " + delivery.getAttempts()
                + " tries: " + delivery.getReason(), java.nio.ByteBuffer.wrap(alertBytes));
        String key = DeliveryTopics.key(delivery.getDeliveryId(), delivery.getChannel());
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topics.retry().name(), key,
            topics.retry().valueSerde().serializer().serialize(topics.retry().name(), pending));
        AlertCloudEvent.of(decoded).as(key + "/replay", "dev.newsroom.alert.delivery.retry")
            .addTo(record.headers(), "application/avro");
        sent.add(producer.send(record));
      }
      awaitAll(sent);
      for (ParkedDelivery delivery : chosen) {
        String key = DeliveryTopics.key(delivery.getDeliveryId(), delivery.getChannel());
        ProducerRecord<String, byte[]> mark = new ProducerRecord<>(topics.parked().name(), key, null);
        mark.headers().add("ce_type", REPLAYED_TYPE.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        sent.add(producer.send(mark));
      }
      awaitAll(sent);
    }
  }

  private static void awaitAll(List<Future<RecordMetadata>> sent) throws InterruptedException {
    try {
      for (Future<RecordMetadata> future : sent) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new IllegalStateException("Kafka refused a replayed delivery: " + e.getCause().getMessage(), e.getCause());
    } finally {
      sent.clear();
    }
  }
}
