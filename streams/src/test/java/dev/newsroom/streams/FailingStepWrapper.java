package dev.newsroom.streams;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;
import org.apache.kafka.streams.processor.api.ProcessorWrapper;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.WrappedFixedKeyProcessorSupplier;
import org.apache.kafka.streams.processor.api.WrappedProcessorSupplier;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Wraps every processor of the topology (Kafka Streams' {@code processor.wrapper.class}) to inject a failure: the
 * processor named by {@link #FAIL_AT} throws on every record stamped {@link #POISON_TIMESTAMP}. It also records
 * which processors saw such a record, so a test can fail each step the record goes through.
 */
public final class FailingStepWrapper implements ProcessorWrapper {

  public static final String FAIL_AT = "test.fail.at";
  public static final long POISON_TIMESTAMP = Releases.NOV_12_2022.toEpochMilli() + 4242;
  static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

  private String failAt = "";

  @Override
  public void configure(Map<String, ?> configs) {
    Object step = configs.get(FAIL_AT);
    failAt = step == null ? "" : step.toString();
  }

  private void check(String name, long timestamp) {
    if (timestamp == POISON_TIMESTAMP) {
      SEEN.add(name);
      if (name.equals(failAt)) {
        throw new IllegalStateException("injected failure at " + name);
      }
    }
  }

  @Override
  public <KIn, VIn, KOut, VOut> WrappedProcessorSupplier<KIn, VIn, KOut, VOut> wrapProcessorSupplier(String name,
      ProcessorSupplier<KIn, VIn, KOut, VOut> supplier) {
    return new WrappedProcessorSupplier<>() {
      @Override
      public Set<StoreBuilder<?>> stores() {
        return supplier.stores();
      }

      @Override
      public Processor<KIn, VIn, KOut, VOut> get() {
        Processor<KIn, VIn, KOut, VOut> inner = supplier.get();
        return new Processor<>() {
          @Override
          public void init(ProcessorContext<KOut, VOut> context) {
            inner.init(context);
          }

          @Override
          public void process(Record<KIn, VIn> record) {
            check(name, record.timestamp());
            inner.process(record);
          }

          @Override
          public void close() {
            inner.close();
          }
        };
      }
    };
  }

  @Override
  public <KIn, VIn, VOut> WrappedFixedKeyProcessorSupplier<KIn, VIn, VOut> wrapFixedKeyProcessorSupplier(String name,
      FixedKeyProcessorSupplier<KIn, VIn, VOut> supplier) {
    return new WrappedFixedKeyProcessorSupplier<>() {
      @Override
      public Set<StoreBuilder<?>> stores() {
        return supplier.stores();
      }

      @Override
      public FixedKeyProcessor<KIn, VIn, VOut> get() {
        FixedKeyProcessor<KIn, VIn, VOut> inner = supplier.get();
        return new FixedKeyProcessor<>() {
          @Override
          public void init(FixedKeyProcessorContext<KIn, VOut> context) {
            inner.init(context);
          }

          @Override
          public void process(FixedKeyRecord<KIn, VIn> record) {
            check(name, record.timestamp());
            inner.process(record);
          }

          @Override
          public void close() {
            inner.close();
          }
        };
      }
    };
  }
}
