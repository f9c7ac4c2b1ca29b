package dev.newsroom.consumer.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The desk page's filters, from query parameters: {@code country} (a code or a name in any of its forms: "VN",
 * "Vietnam", "Viet Nam"), {@code pair} ("JP-KH", "kh jp", "Japan-Cambodia"), {@code level} (part of a level),
 * {@code kind}, {@code direction}, {@code stage}, {@code confirmed=true|false} and {@code unacknowledged=true}.
 */
final class DeskFilters {

  private DeskFilters() {}

  static Predicate<ObjectNode> of(Function<String, String> param, CountryNames names) {
    Set<String> countries = countries(param.apply("country"), names);
    Set<String> pairs = pairs(param.apply("pair"), names);
    String level = lower(param.apply("level"));
    String kind = lower(param.apply("kind"));
    String direction = lower(param.apply("direction"));
    String stage = lower(param.apply("stage"));
    String confirmed = lower(param.apply("confirmed"));
    boolean unacknowledged = "true".equals(param.apply("unacknowledged"));
    return node -> (countries == null || contains(node.get("pair"), countries))
        && (pairs == null || pairs.contains(DeskBoard.pairKey(List.of(node.get("pair").get(0).asText(),
            node.get("pair").get(1).asText()))))
        && (level == null || node.get("to_level").asText().contains(level)
            || node.path("from_level").asText().contains(level))
        && (kind == null || kind.equals(node.get("kind").asText()))
        && (direction == null || direction.equals(node.get("direction").asText()))
        && (stage == null || stage.equals(node.get("stage").asText()))
        && (confirmed == null || confirmed.equals(Boolean.toString(node.get("confirmed").asBoolean())))
        && (!unacknowledged || node.get("acknowledged").isNull());
  }

  /** The codes a country filter means; an unknown word is kept as a code, so it matches nothing, not everything. */
  private static Set<String> countries(String typed, CountryNames names) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    Set<String> codes = names.search(typed);
    return codes.isEmpty() ? Set.of(typed.strip().toUpperCase(Locale.ROOT)) : codes;
  }

  private static Set<String> pairs(String typed, CountryNames names) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    Set<String> keys = new HashSet<>();
    for (String[] sides : splits(typed)) {
      for (String a : names.search(sides[0])) {
        for (String b : names.search(sides[1])) {
          keys.add(a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a);
        }
      }
    }
    return keys.isEmpty() ? Set.of(typed.strip().toUpperCase(Locale.ROOT)) : keys;
  }

  /** The pair an officer typed as two codes, sorted, when each side names exactly one party; else null. */
  static List<String> pairCodes(String typed, CountryNames names) {
    for (String[] sides : splits(typed)) {
      Set<String> a = names.search(sides[0]);
      Set<String> b = names.search(sides[1]);
      if (a.size() == 1 && b.size() == 1) {
        String x = a.iterator().next();
        String y = b.iterator().next();
        if (!x.equals(y)) {
          return x.compareTo(y) <= 0 ? List.of(x, y) : List.of(y, x);
        }
      }
    }
    return null;
  }

  /** "Japan - Viet Nam", "JP/VN", "JP VN": separators first, so that a space inside a name stays in it. */
  private static List<String[]> splits(String typed) {
    String text = typed.strip();
    for (String separator : List.of("\\s*[–—/,]\\s*", "\\s*-\\s*", "\\s+")) {
      String[] sides = text.split(separator);
      if (sides.length == 2 && !sides[0].isBlank() && !sides[1].isBlank()) {
        return List.<String[]>of(sides);
      }
    }
    return List.of();
  }

  private static boolean contains(JsonNode pair, Set<String> codes) {
    for (JsonNode code : pair) {
      if (codes.contains(code.asText())) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
  }
}
