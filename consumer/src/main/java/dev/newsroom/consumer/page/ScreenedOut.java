package dev.newsroom.consumer.page;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.schemas.WireNames;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The latest releases the pipeline set aside, as the desk page shows them: duplicates (with the release each
 * repeats and how similar it was) and rejected records (with the reason and where they came from). Only the most
 * recent {@code limit} of each are kept: the page answers "what was dropped lately", the topics keep the rest.
 */
final class ScreenedOut {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int PREVIEW = 160;

  private final int limit;
  private final Deque<ObjectNode> duplicates = new ArrayDeque<>();
  private final Deque<ObjectNode> rejected = new ArrayDeque<>();

  ScreenedOut(int limit) {
    this.limit = limit;
  }

  synchronized ObjectNode duplicate(TaggedRelease release) {
    ObjectNode node = JSON.createObjectNode();
    node.put("release_id", release.getId());
    node.put("source", release.getSource().getName());
    node.put("kind", WireNames.of(release.getSource().getKind()));
    node.put("title", release.getTitle());
    node.put("url", release.getUrl());
    node.put("published_at", text(release.getPublishedAt()));
    node.put("received_at", text(release.getReceivedAt()));
    node.put("duplicate_of", release.getDuplicateOf());
    if (release.getSimilarity() == null) {
      node.putNull("similarity");
    } else {
      node.put("similarity", release.getSimilarity());
    }
    ArrayNode pair = node.putArray("pair");
    if (release.getPrimaryPair() != null) {
      release.getPrimaryPair().forEach(pair::add);
    }
    return keep(duplicates, node);
  }

  synchronized ObjectNode rejected(RejectedRecord record) {
    ObjectNode node = JSON.createObjectNode();
    node.put("reason", record.getReason());
    node.put("step", record.getStep());
    node.put("topic", record.getTopic());
    node.put("partition", record.getPartition());
    node.put("offset", record.getOffset());
    node.put("key", readable(record.getOriginalKey()));
    node.put("value_preview", readable(record.getOriginalValue()));
    node.put("rejected_at", text(record.getRejectedAt()));
    return keep(rejected, node);
  }

  /** {@code {"duplicates": [...], "rejected": [...]}}, newest first. */
  synchronized ObjectNode view() {
    ObjectNode node = JSON.createObjectNode();
    duplicates.forEach(node.putArray("duplicates")::add);
    rejected.forEach(node.putArray("rejected")::add);
    return node;
  }

  private ObjectNode keep(Deque<ObjectNode> list, ObjectNode node) {
    list.addFirst(node);
    while (list.size() > limit) {
      list.removeLast();
    }
    return node;
  }

  /** The start of the original bytes as text when they are text, else how many bytes they were. */
  private static String readable(ByteBuffer bytes) {
    if (bytes == null) {
      return null;
    }
    ByteBuffer copy = bytes.duplicate();
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(copy).toString();
      boolean printable = text.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t');
      if (printable) {
        return text.length() > PREVIEW ? text.substring(0, PREVIEW) + "…" : text;
      }
    } catch (java.nio.charset.CharacterCodingException e) {
      // binary: described by its size below
    }
    return "(" + bytes.remaining() + " bytes, not text)";
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
