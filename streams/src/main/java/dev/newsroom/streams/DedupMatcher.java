package dev.newsroom.streams;

import dev.newsroom.analysis.dedup.DedupShard;
import dev.newsroom.analysis.dedup.DedupShard.Decision;
import dev.newsroom.analysis.dedup.Watermarks;
import dev.newsroom.analysis.similarity.NearDuplicatePolicy;
import dev.newsroom.analysis.similarity.OrderKey;
import dev.newsroom.analysis.similarity.SketchIndex.Match;
import dev.newsroom.streams.DedupMessage.Partial;
import dev.newsroom.streams.DedupMessage.SketchOf;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One deduplication task: receives every release's sketch, keeps those with a band it owns (band key modulo
 * the partition count) and emits one partial verdict per release, keyed by release id, once the release is
 * final. The logic is {@link DedupShard}; this class keeps its state in two changelogged stores (the retained
 * sketches, and the raw partitions' progress with the time decided through) and rebuilds the in-memory index
 * from them when the task starts. A wall-clock punctuation lets idle partitions release the watermark.
 */
final class DedupMatcher implements Processor<String, DedupMessage, String, DedupMessage> {

  /** The progress store's key for the time every release has its verdict through. */
  static final int DECIDED_THROUGH = -1;
  /** The progress store's key for raw partition p's largest offset seen is {@code OFFSETS - p}. */
  static final int OFFSETS = -1000;
  private static final Logger log = LoggerFactory.getLogger(DedupMatcher.class);
  private static final Duration TICK = Duration.ofSeconds(1);
  private static final int TICKS_PER_EXPIRY = 60;

  private final NearDuplicatePolicy policy;
  private final PipelineSettings settings;
  private ProcessorContext<String, DedupMessage> context;
  private KeyValueStore<Bytes, byte[]> sketches;
  private KeyValueStore<Integer, Long> progress;
  private DedupShard shard;
  private RawEndOffsets endOffsets;
  private int ticks;

  DedupMatcher(PipelineSettings settings) {
    this.settings = settings;
    this.policy = settings.nearDuplicatePolicy();
  }

  @Override
  public void init(ProcessorContext<String, DedupMessage> context) {
    this.context = context;
    this.sketches = context.getStateStore(NewsroomTopology.SKETCH_STORE);
    this.progress = context.getStateStore(NewsroomTopology.PROGRESS_STORE);
    int partitions = settings.partitions();
    int own = context.taskId().partition();
    long now = context.currentSystemTimeMs();
    shard = new DedupShard(policy, key -> Math.floorMod(key, partitions) == own, settings.partitions(),
        settings.dedupGrace(), settings.dedupIdleTimeout(), settings.dedupRetention(), now);
    try (KeyValueIterator<Integer, Long> entries = progress.all()) {
      entries.forEachRemaining(entry -> {
        if (entry.key == DECIDED_THROUGH) {
          shard.restoreDecidedThrough(entry.value);
        } else if (entry.key <= OFFSETS) {
          shard.offsetSeen(OFFSETS - entry.key, entry.value, now);
        } else {
          shard.restoreProgress(entry.key, entry.value, now);
        }
      });
    }
    try (KeyValueIterator<Bytes, byte[]> entries = sketches.all()) {
      entries.forEachRemaining(entry -> shard.restoreRelease(OrderKey.instance(SketchEntries.id(entry.key.get()),
          SketchEntries.offset(entry.key.get())), SketchEntries.time(entry.key.get()), SketchEntries.fingerprint(entry.value),
          SketchEntries.sketch(entry.value)));
    }
    log.info("dedup task {} holds {} releases, {} awaiting their verdict", context.taskId(), shard.remembered(),
        shard.pending());
    endOffsets = context.appConfigs().get(RawEndOffsets.CONFIG) instanceof RawEndOffsets given ? given : null;
    context.schedule(TICK, PunctuationType.WALL_CLOCK_TIME, this::tick);
  }

  @Override
  public void process(Record<String, DedupMessage> record) {
    if (!(record.value() instanceof SketchOf sketch)) {
      throw new IllegalStateException("dedup matcher got " + record.value().getClass().getSimpleName());
    }
    Bytes key = Bytes.wrap(SketchEntries.key(sketch.time(), sketch.offset(), sketch.id()));
    if (sketches.get(key) != null) {
      log.debug("release {} at offset {} seen before (a replay); ignored", sketch.id(), sketch.offset());
      return;
    }
    DedupShard.Received received = shard.receive(OrderKey.instance(sketch.id(), sketch.offset()), sketch.time(), sketch.rawPartition(),
        sketch.fingerprint(), sketch.sketch(), context.currentSystemTimeMs());
    if (received.remembered()) {
      sketches.put(key, SketchEntries.value(sketch.fingerprint(), sketch.sketch()));
    }
    progress.put(sketch.rawPartition(), shard.maxTime(sketch.rawPartition()));
    if (sketch.offset() > shard.maxOffset(sketch.rawPartition())) {
      shard.offsetSeen(sketch.rawPartition(), sketch.offset(), context.currentSystemTimeMs());
      progress.put(OFFSETS - sketch.rawPartition(), sketch.offset());
    }
    emit(received.decisions());
  }

  private void tick(long now) {
    if (endOffsets != null) {
      endOffsets.latest().forEach((partition, end) -> shard.endOffset(partition, end, now));
    }
    emit(shard.tick(now));
    if (++ticks % TICKS_PER_EXPIRY == 0) {
      forgetOld();
    }
  }

  private void emit(List<Decision> decisions) {
    if (decisions.isEmpty()) {
      return;
    }
    progress.put(DECIDED_THROUGH, shard.decidedThrough());
    for (Decision decision : decisions) {
      Match match = decision.match().orElse(null);
      String id = OrderKey.releaseId(decision.id());
      long offset = OrderKey.offset(decision.id());
      Partial partial = match == null
          ? new Partial(id, decision.time(), offset, null, 0, 0, false)
          : new Partial(id, decision.time(), offset, OrderKey.releaseId(match.id()), match.time(), match.similarity(),
              match.exact());
      context.forward(new Record<>(id, (DedupMessage) partial, decision.time()));
    }
  }

  private void forgetOld() {
    long before = shard.forgetOld();
    if (before == Watermarks.NONE) {
      return;
    }
    List<Bytes> old = new ArrayList<>();
    try (KeyValueIterator<Bytes, byte[]> entries = sketches.range(Bytes.wrap(SketchEntries.timeKey(Long.MIN_VALUE)),
        Bytes.wrap(SketchEntries.timeKey(before)))) {
      entries.forEachRemaining((KeyValue<Bytes, byte[]> entry) -> {
        if (SketchEntries.time(entry.key.get()) < before) {
          old.add(entry.key);
        }
      });
    }
    old.forEach(sketches::delete);
    if (!old.isEmpty()) {
      log.debug("dedup task {} forgot {} releases older than {}", context.taskId(), old.size(), before);
    }
  }
}
