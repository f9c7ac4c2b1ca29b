package dev.newsroom.streams;

import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.schemas.Contracts;
import dev.newsroom.streams.DedupMessage.Gathering;
import dev.newsroom.streams.DedupMessage.Partial;
import dev.newsroom.streams.DedupMessage.Release;
import dev.newsroom.streams.DedupMessage.SketchOf;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A hand-written binary form for {@link DedupMessage}: a sketch message is about 100 bytes, with no schema
 * lookup and no per-field framing, because every release sends one to every deduplication task. The release
 * inside {@link Release} and {@link Gathering} stays Avro (the public TaggedRelease contract). Layout: a kind
 * byte, the id (length-prefixed UTF-8), the time, the offset, then the kind's fields. Version 1.
 */
final class DedupMessageSerde implements Serde<DedupMessage> {

  private static final byte SKETCH = 1;
  private static final byte PARTIAL = 2;
  private static final byte RELEASE = 3;
  private static final byte GATHERING = 4;

  @Override
  public Serializer<DedupMessage> serializer() {
    return (topic, message) -> message == null ? null : encode(message);
  }

  @Override
  public Deserializer<DedupMessage> deserializer() {
    return (topic, bytes) -> bytes == null ? null : decode(bytes);
  }

  static byte[] encode(DedupMessage message) {
    byte[] id = message.id().getBytes(StandardCharsets.UTF_8);
    if (message instanceof SketchOf s) {
      return head(SKETCH, id, s.time(), s.offset(), 4 + 8 + 4 + s.sketch().length)
          .putInt(s.rawPartition()).putLong(s.fingerprint()).putInt(s.sketch().length).put(s.sketch()).array();
    }
    if (message instanceof Partial p) {
      return match(head(PARTIAL, id, p.time(), p.offset(), matchSize(p.matchId())), p.matchId(), p.matchTime(),
          p.similarity(), p.exact()).array();
    }
    if (message instanceof Release r) {
      byte[] release = Contracts.TAGGED_RELEASE.encode(r.release());
      return head(RELEASE, id, r.time(), r.offset(), release.length).put(release).array();
    }
    Gathering g = (Gathering) message;
    byte[] release = g.release() == null ? new byte[0] : Contracts.TAGGED_RELEASE.encode(g.release());
    ByteBuffer buffer = head(GATHERING, id, g.time(), g.offset(), 4 + 4 + release.length + matchSize(g.matchId()))
        .putInt(g.partials()).putInt(release.length).put(release);
    return match(buffer, g.matchId(), g.matchTime(), g.similarity(), g.exact()).array();
  }

  static DedupMessage decode(byte[] bytes) {
    try {
      ByteBuffer in = ByteBuffer.wrap(bytes);
      byte kind = in.get();
      String id = string(in);
      long time = in.getLong();
      long offset = in.getLong();
      switch (kind) {
        case SKETCH: {
          int rawPartition = in.getInt();
          long fingerprint = in.getLong();
          byte[] sketch = new byte[in.getInt()];
          in.get(sketch);
          return new SketchOf(id, time, offset, rawPartition, fingerprint, sketch);
        }
        case PARTIAL: {
          String matchId = nullableString(in);
          return new Partial(id, time, offset, matchId, in.getLong(), in.getDouble(), in.get() == 1);
        }
        case RELEASE: {
          byte[] release = new byte[in.remaining()];
          in.get(release);
          return new Release(id, time, offset, Contracts.TAGGED_RELEASE.decode(release));
        }
        case GATHERING: {
          int partials = in.getInt();
          byte[] release = new byte[in.getInt()];
          in.get(release);
          String matchId = nullableString(in);
          return new Gathering(id, time, offset, release.length == 0 ? null : Contracts.TAGGED_RELEASE.decode(release),
              partials, matchId, in.getLong(), in.getDouble(), in.get() == 1);
        }
        default:
          throw new SerializationException("unknown dedup message kind " + kind);
      }
    } catch (RuntimeException e) {
      throw new SerializationException("not a dedup message (" + bytes.length + " bytes): " + e.getMessage(), e);
    }
  }

  private static ByteBuffer head(byte kind, byte[] id, long time, long offset, int rest) {
    return ByteBuffer.allocate(1 + 4 + id.length + 8 + 8 + rest).put(kind).putInt(id.length).put(id).putLong(time)
        .putLong(offset);
  }

  private static int matchSize(String matchId) {
    return 4 + (matchId == null ? 0 : matchId.getBytes(StandardCharsets.UTF_8).length) + 8 + 8 + 1;
  }

  private static ByteBuffer match(ByteBuffer out, String matchId, long matchTime, double similarity, boolean exact) {
    if (matchId == null) {
      out.putInt(-1);
    } else {
      byte[] bytes = matchId.getBytes(StandardCharsets.UTF_8);
      out.putInt(bytes.length).put(bytes);
    }
    return out.putLong(matchTime).putDouble(similarity).put((byte) (exact ? 1 : 0));
  }

  private static String string(ByteBuffer in) {
    byte[] bytes = new byte[in.getInt()];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String nullableString(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0) {
      return null;
    }
    byte[] bytes = new byte[length];
    in.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
