package dev.newsroom.consumer.desk;

import java.util.Map;
import java.util.Set;

/** Blocs a desk file can name without defining them (ISO 3166 alpha-2 codes); a desk file may add or replace. */
final class Blocs {

  static final Map<String, Set<String>> BUILT_IN = Map.of(
      "ASEAN", Set.of("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"),
      "G7", Set.of("CA", "FR", "DE", "IT", "JP", "GB", "US"),
      "QUAD", Set.of("AU", "IN", "JP", "US"),
      "EU", Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
          "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"),
      "GCC", Set.of("BH", "KW", "OM", "QA", "SA", "AE"));

  private Blocs() {}
}
