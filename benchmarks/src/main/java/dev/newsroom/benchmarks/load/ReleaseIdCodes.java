package dev.newsroom.benchmarks.load;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** ISO codes of the workload's countries, to name an event by its pair as alerts do ("AU-VN", sorted). */
final class ReleaseIdCodes {

  private static final Map<String, String> CODES = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

  static {
    for (String code : Locale.getISOCountries()) {
      CODES.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH), code);
    }
    CODES.put("Vietnam", "VN");
  }

  private ReleaseIdCodes() {}

  static String code(String country) {
    String code = CODES.get(country);
    if (code == null) {
      throw new IllegalArgumentException("no ISO code for " + country);
    }
    return code;
  }

  static String pairKey(String a, String b) {
    String x = code(a);
    String y = code(b);
    return x.compareTo(y) < 0 ? x + "-" + y : y + "-" + x;
  }
}
