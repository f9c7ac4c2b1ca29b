package dev.newsroom.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.PairLevel;
import java.util.List;

/** The JSON form of ledger entries, served over HTTP and printed by {@code newsroom ledger --json}. */
public final class LedgerJson {

  public static final ObjectMapper JSON = new ObjectMapper();

  private LedgerJson() {}

  public static ObjectNode toNode(PairLevel level) {
    ObjectNode node = JSON.createObjectNode();
    ArrayNode pair = node.putArray("pair");
    level.getPair().forEach(pair::add);
    node.put("level", level.getLevel());
    node.put("since", level.getSince() == null ? null : level.getSince().toString());
    ArrayNode releases = node.putArray("established_by");
    level.getEstablishedBy().forEach(releases::add);
    node.put("origin", level.getOrigin());
    node.put("updated_at", level.getUpdatedAt().toString());
    if (level.getRepresentation() != null) {
      ObjectNode representation = node.putObject("representation");
      representation.put("level", level.getRepresentation().getLevel());
      representation.put("since", level.getRepresentation().getSince() == null ? null
          : level.getRepresentation().getSince().toString());
    } else {
      node.putNull("representation");
    }
    return node;
  }

  public static ArrayNode toArray(List<PairLevel> levels) {
    ArrayNode array = JSON.createArrayNode();
    levels.forEach(level -> array.add(toNode(level)));
    return array;
  }
}
