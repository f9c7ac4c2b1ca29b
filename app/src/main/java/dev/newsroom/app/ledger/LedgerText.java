package dev.newsroom.app.ledger;

import com.fasterxml.jackson.databind.JsonNode;

/** One readable line per ledger entry, from its JSON form: {@code JP-KH  comprehensive ... since 2022-11-12 (release, 2 releases)}. */
public final class LedgerText {

  private LedgerText() {}

  public static String format(JsonNode entry) {
    StringBuilder line = new StringBuilder()
        .append(entry.get("pair").get(0).asText()).append('-').append(entry.get("pair").get(1).asText())
        .append("  ").append(entry.path("level").isTextual() ? entry.get("level").asText() : "no partnership level");
    if (!entry.get("since").isNull()) {
      line.append("  since ").append(entry.get("since").asText(), 0, 10);
    }
    line.append("  (").append(entry.get("origin").asText());
    int releases = entry.get("established_by").size();
    if (releases > 0) {
      line.append(", ").append(releases).append(releases == 1 ? " release" : " releases");
    }
    line.append(')');
    JsonNode representation = entry.path("representation");
    if (representation.isObject()) {
      line.append("  representation: ").append(representation.get("level").asText());
    }
    return line.toString();
  }
}
