package dev.newsroom.streams.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RepresentationLevel;
import java.util.List;
import java.util.Locale;

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
    RepresentationLevel representation = level.getRepresentation();
    if (representation == null) {
      node.putNull("representation");
    } else {
      ObjectNode rep = node.putObject("representation");
      rep.put("level", representation.getLevel());
      rep.put("action", representation.getAction() == null ? null
          : representation.getAction().name().toLowerCase(Locale.ROOT));
      rep.put("since", representation.getSince() == null ? null : representation.getSince().toString());
      ArrayNode repReleases = rep.putArray("established_by");
      representation.getEstablishedBy().forEach(repReleases::add);
    }
    return node;
  }

  public static ArrayNode toArray(List<PairLevel> levels) {
    ArrayNode array = JSON.createArrayNode();
    levels.forEach(level -> array.add(toNode(level)));
    return array;
  }
}
