package dev.newsroom.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Publishes workload records as a producer of releases does (idempotent, acks=all), either as fast as it can
 * (a preloaded backlog) or paced. It keeps retrying through broker restarts, and fails loudly if any record
 * was not acknowledged: a harness that silently lost input would blame the topology.
 */
final class Publisher implements AutoCloseable {

  private final String bootstrap;
  private final KafkaProducer<String, byte[]> producer;
  private final List<Future<RecordMetadata>> pending = new ArrayList<>();
  /** Wall-clock time each key was handed to the producer, for latency. */
  private final ConcurrentHashMap<String, Long> sentAt = new ConcurrentHashMap<>();

  Publisher(String bootstrap) {
    this.bootstrap = bootstrap;
    producer = new KafkaProducer<>(properties(bootstrap), new StringSerializer(), new ByteArraySerializer());
  }

  private static Properties properties(String bootstrap) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 4 * 1024 * 1024);
    // Through a broker restart the producer waits and retries rather than giving up.
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 300_000);
    return props;
  }

  private final java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();

  /** Records handed to the producer so far. */
  long sentCount() {
    return sent.get();
  }

  void send(String topic, Workload.Outgoing record) {
    sent.incrementAndGet();
    sentAt.put(record.key(), System.currentTimeMillis());
    pending.add(producer.send(new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value())));
  }

  /** All at once, then waits for every acknowledgement. */
  void sendAll(String topic, List<Workload.Outgoing> records) {
    records.forEach(record -> send(topic, record));
    awaitAcknowledged();
  }

  /**
   * Sends each record when {@code clock} reaches its due time; {@code dueAt} gives the due time of the i-th
   * record in the clock's unit (milliseconds).
   */
  void sendPaced(String topic, List<Workload.Outgoing> records, java.util.function.IntToLongFunction dueAt,
      LongSupplier clock) {
    for (int i = 0; i < records.size(); i++) {
      long wait = dueAt.applyAsLong(i) - clock.getAsLong();
      if (wait > 0) {
        BrokerProcess.pause(wait);
      }
      send(topic, records.get(i));
    }
    awaitAcknowledged();
  }

  /**
   * Paced like {@link #sendPaced}, but in transactions of what is due within each {@code chunkMillis}: a chunk
   * that fails (a broker killed under it) is aborted and sent again by a new producer that fences the old one,
   * so every record is on the topic exactly once for read_committed readers, which the topology is. A plain
   * idempotent producer does not always survive a broker SIGKILL: it can be left retrying a batch the broker
   * answers with OutOfOrderSequenceException until its delivery timeout.
   */
  void sendPacedInTransactions(String topic, List<Workload.Outgoing> records, java.util.function.IntToLongFunction dueAt,
      LongSupplier clock, long chunkMillis) {
    Properties props = properties(bootstrap);
    props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "harness-publisher-" + topic);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 30_000);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 30_000);
    KafkaProducer<String, byte[]> transactional = null;
    try {
      int next = 0;
      while (next < records.size()) {
        long wait = dueAt.applyAsLong(next) - clock.getAsLong();
        if (wait > 0) {
          BrokerProcess.pause(wait);
        }
        long until = clock.getAsLong() + chunkMillis;
        int end = next;
        while (end < records.size() && dueAt.applyAsLong(end) <= until) {
          end++;
        }
        List<Workload.Outgoing> chunk = records.subList(next, Math.max(end, next + 1));
        for (int attempt = 1; ; attempt++) {
          try {
            if (transactional == null) {
              transactional = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
              transactional.initTransactions();
            }
            transactional.beginTransaction();
            for (Workload.Outgoing record : chunk) {
              sentAt.put(record.key(), System.currentTimeMillis());
              transactional.send(new ProducerRecord<>(topic, null, record.timestamp(), record.key(), record.value()));
            }
            transactional.commitTransaction();
            break;
          } catch (org.apache.kafka.common.KafkaException e) {
            if (attempt >= 20) {
              throw new IllegalStateException("a chunk of " + chunk.size() + " records failed 20 times", e);
            }
            transactional.close(java.time.Duration.ZERO);
            transactional = null; // the next one fences this one and aborts its open transaction
            BrokerProcess.pause(1000);
          }
        }
        sent.addAndGet(chunk.size());
        next += chunk.size();
      }
    } finally {
      if (transactional != null) {
        transactional.close();
      }
    }
  }

  Long sentAt(String key) {
    return sentAt.get(key);
  }

  void awaitAcknowledged() {
    producer.flush();
    int failed = 0;
    Exception first = null;
    for (Future<RecordMetadata> future : pending) {
      try {
        future.get();
      } catch (Exception e) {
        failed++;
        first = first == null ? e : first;
      }
    }
    pending.clear();
    if (failed > 0) {
      throw new IllegalStateException(failed + " records were not acknowledged", first);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
