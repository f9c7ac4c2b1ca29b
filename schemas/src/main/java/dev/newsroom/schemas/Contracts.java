package dev.newsroom.schemas;

import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RawRelease;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Alert;

/** One serde per public contract; serdes are stateless and thread-safe, so these are shared. */
public final class Contracts {

  public static final AvroSerde<RawRelease> RAW_RELEASE =
      new AvroSerde<>(RawRelease.class, RawRelease.getClassSchema());
  public static final AvroSerde<TaggedRelease> TAGGED_RELEASE =
      new AvroSerde<>(TaggedRelease.class, TaggedRelease.getClassSchema());
  public static final AvroSerde<Alert> ALERT = new AvroSerde<>(Alert.class, Alert.getClassSchema());
  public static final AvroSerde<RejectedRecord> REJECTED_RECORD =
      new AvroSerde<>(RejectedRecord.class, RejectedRecord.getClassSchema());

  public static final AvroSerde<PairLevel> PAIR_LEVEL = new AvroSerde<>(PairLevel.class, PairLevel.getClassSchema());

  private Contracts() {}
}
