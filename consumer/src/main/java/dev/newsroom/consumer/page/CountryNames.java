package dev.newsroom.consumer.page;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The names the desk page shows for codes ("Vietnam" for VN) and the search that turns what an officer types into
 * codes ("Viet Nam", "vietnam", "VN" all give VN). Countries are ISO 3166-1 with the JDK's English names (CLDR),
 * corrected and extended by {@code country-names.tsv}; blocs come from that file alone.
 */
public final class CountryNames {

  private static final String DATA = "country-names.tsv";
  private static final CountryNames STANDARD = load();

  /** code → shown name */
  private final Map<String, String> names;
  /** folded name or alias → codes */
  private final Map<String, Set<String>> index;

  private CountryNames(Map<String, String> names, Map<String, Set<String>> index) {
    this.names = Collections.unmodifiableMap(names);
    this.index = index;
  }

  public static CountryNames standard() {
    return STANDARD;
  }

  /** The name to show for a code; the code itself when it is not known. */
  public String name(String code) {
    return names.getOrDefault(code, code);
  }

  /** "Vietnam (VN)" */
  public String label(String code) {
    String name = name(code);
    return name.equals(code) ? code : name + " (" + code + ")";
  }

  /** Every known code and its shown name, sorted by code. */
  public Map<String, String> all() {
    return names;
  }

  /**
   * The codes an officer means by {@code typed}: a code ("vn"), a name or alias in any case, with or without
   * accents, spaces and punctuation ("Viet Nam"); failing those, every name that starts with it ("viet", at least
   * three letters). Empty when nothing matches.
   */
  public Set<String> search(String typed) {
    if (typed == null || typed.isBlank()) {
      return Set.of();
    }
    String upper = typed.strip().toUpperCase(Locale.ROOT);
    Set<String> found = new LinkedHashSet<>();
    if (names.containsKey(upper)) {
      found.add(upper);
    }
    String folded = fold(typed);
    found.addAll(index.getOrDefault(folded, Set.of()));
    if (found.isEmpty() && folded.length() >= 3) {
      index.forEach((name, codes) -> {
        if (name.startsWith(folded)) {
          found.addAll(codes);
        }
      });
    }
    return found;
  }

  /** Lower case, no accents, letters and digits only: "Côte d’Ivoire" → "cotedivoire". */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  private static CountryNames load() {
    Map<String, String> names = new TreeMap<>();
    Map<String, List<String>> aliases = new LinkedHashMap<>();
    for (String code : Locale.getISOCountries()) {
      String jdk = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      names.put(code, jdk);
      aliases.computeIfAbsent(code, c -> new ArrayList<>()).addAll(nameParts(jdk));
    }
    for (String[] row : rows()) {
      String code = row[0];
      if (!"-".equals(row[1])) {
        names.put(code, row[1]);
        aliases.computeIfAbsent(code, c -> new ArrayList<>()).add(row[1]);
      }
      if (!"-".equals(row[2])) {
        aliases.computeIfAbsent(code, c -> new ArrayList<>()).addAll(List.of(row[2].split("\\|")));
      }
    }
    Map<String, Set<String>> index = new LinkedHashMap<>();
    aliases.forEach((code, list) -> list.forEach(alias ->
        index.computeIfAbsent(fold(alias), k -> new LinkedHashSet<>()).add(code)));
    index.remove("");
    return new CountryNames(names, index);
  }

  /** "Myanmar (Burma)" is also "Myanmar" and "Burma"; "Congo - Kinshasa" also "Congo-Kinshasa". */
  private static List<String> nameParts(String name) {
    List<String> parts = new ArrayList<>(List.of(name));
    int open = name.indexOf(" (");
    if (open > 0 && name.endsWith(")")) {
      parts.add(name.substring(0, open));
      parts.add(name.substring(open + 2, name.length() - 1));
    }
    return parts;
  }

  private static List<String[]> rows() {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = CountryNames.class.getResourceAsStream(DATA)) {
      if (in == null) {
        throw new IllegalStateException(DATA + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = line.split("\t");
        if (row.length != 3) {
          throw new IllegalStateException(DATA + " line " + number + ": expected 3 tab-separated columns");
        }
        rows.add(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
