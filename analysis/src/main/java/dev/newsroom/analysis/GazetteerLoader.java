package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the gazetteer's alias trie from the JDK's ISO 3166-1 country list (with CLDR English names) and
 * the curated {@code gazetteer.tsv}. Runs once per process.
 */
final class GazetteerLoader {

  private static final Logger LOG = LoggerFactory.getLogger(GazetteerLoader.class);
  /**
   * "Guinea-Bissau", "Cote d'Ivoire", "St. Lucia": hyphens, apostrophes and dots join the words of a name
   * (typographic ones too, for callers that search text that was not normalised).
   */
  private static final String PARTY_NAME_GAPS = "-'.\u2019\u2013";

  /**
   * Languages besides English whose country names come from CLDR and whose demonyms and capitals come from
   * {@code gazetteer-<lang>.tsv}. Adding one is adding its file here.
   */
  static final List<String> LANGUAGES = List.of("fr", "es", "vi", "zh", "ja", "pt", "de", "id", "ru", "ar");
  /** A row of a language file whose names CLDR gives but prose does not use for one country ("Congo"). */
  private static final String SKIP_ROW = "@skip";

  private final TokenTrie<AliasEntry> trie = new TokenTrie<>(false, PARTY_NAME_GAPS);
  private final Map<String, String> displayNames = new LinkedHashMap<>();
  private final Set<String> blocs = new LinkedHashSet<>();
  private final List<String> clashes = new ArrayList<>();

  record Loaded(TokenTrie<AliasEntry> trie, Map<String, String> displayNames, Set<String> blocs, List<String> clashes) {
  }

  static Loaded load(String resourceName) {
    GazetteerLoader loader = new GazetteerLoader();
    loader.addIsoCountries();
    loader.addCuratedRows(resourceName);
    for (String language : LANGUAGES) {
      loader.addLanguage(language);
    }
    LOG.info("Gazetteer loaded: {} countries, {} blocs", loader.displayNames.size() - loader.blocs.size(),
        loader.blocs.size());
    return new Loaded(loader.trie, Map.copyOf(loader.displayNames), Set.copyOf(loader.blocs),
        List.copyOf(loader.clashes));
  }

  private void addIsoCountries() {
    for (String code : Locale.getISOCountries()) {
      String english = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      displayNames.put(code, TextNormalizer.normalize(english));
      for (String name : cldrNameVariants(english)) {
        addWithCaseVariants(name, new AliasEntry(code, name, MentionKind.NAME));
      }
    }
  }

  private void addCuratedRows(String resourceName) {
    for (String[] row : TsvResource.read(resourceName, 6)) {
      String code = row[0];
      boolean bloc = switch (row[1]) {
        case "bloc" -> true;
        case "country" -> false;
        default -> throw new IllegalStateException(resourceName + ": unknown kind '" + row[1] + "' for " + code);
      };
      if (bloc) {
        blocs.add(code);
        List<String> names = TsvResource.list(row[2]);
        displayNames.put(code, names.isEmpty() ? code : names.get(0));
      } else if (!displayNames.containsKey(code)) {
        throw new IllegalStateException(resourceName + ": " + code + " is not an ISO 3166-1 country code");
      }
      for (String name : TsvResource.list(row[2])) {
        addWithCaseVariants(name, new AliasEntry(code, name, MentionKind.NAME));
      }
      for (String abbreviation : TsvResource.list(row[3])) {
        add(abbreviation, new AliasEntry(code, abbreviation, MentionKind.ABBREVIATION));
      }
      for (String demonym : TsvResource.list(row[4])) {
        AliasEntry entry = new AliasEntry(code, demonym, MentionKind.DEMONYM);
        addWithCaseVariants(demonym, entry);
        if (takesPluralS(demonym)) {
          addWithCaseVariants(demonym + "s", entry);
        }
      }
      for (String capital : TsvResource.list(row[5])) {
        addWithCaseVariants(capital, new AliasEntry(code, capital, MentionKind.CAPITAL));
      }
    }
  }

  /**
   * That language's curated names, demonyms and capitals, then its country names from CLDR. English stays
   * first: a foreign spelling already taken by another party is left out, not reported as a clash.
   */
  private void addLanguage(String language) {
    String resourceName = "gazetteer-" + language + ".tsv";
    List<String[]> rows = TsvResource.read(resourceName, 4);
    Set<String> skipped = new LinkedHashSet<>();
    rows.stream().filter(row -> row[0].equals(SKIP_ROW)).forEach(row -> skipped.addAll(TsvResource.list(row[1])));
    for (String[] row : rows) {
      if (row[0].equals(SKIP_ROW)) {
        continue;
      }
      if (!displayNames.containsKey(row[0])) {
        throw new IllegalStateException(resourceName + ": unknown code " + row[0]);
      }
      TsvResource.list(row[1]).forEach(n -> addForeign(n, new AliasEntry(row[0], n, MentionKind.NAME)));
      TsvResource.list(row[2]).forEach(n -> addForeign(n, new AliasEntry(row[0], n, MentionKind.DEMONYM)));
      TsvResource.list(row[3]).forEach(n -> addForeign(n, new AliasEntry(row[0], n, MentionKind.CAPITAL)));
    }
    // CLDR's names after the curated rows: a part of a menu name ("США" in "Внешние малые острова (США)", the US
    // Minor Outlying Islands) must not take a name the team gave to another country.
    Locale locale = Locale.forLanguageTag(language);
    for (String code : Locale.getISOCountries()) {
      for (String name : cldrNameVariants(new Locale("", code).getDisplayCountry(locale))) {
        if (!skipped.contains(name)) {
          addForeign(name, new AliasEntry(code, name, MentionKind.NAME));
        }
      }
    }
  }

  /** As written, in Title Case and UPPER CASE, each also without accents ("Etats-Unis"). */
  private void addForeign(String spelling, AliasEntry entry) {
    for (String form : new LinkedHashSet<>(List.of(spelling, TextNormalizer.stripAccents(spelling)))) {
      for (String cased : List.of(form, titleCase(form), form.toUpperCase(Locale.ROOT))) {
        trie.addIfAbsent(TextNormalizer.normalize(cased), entry);
      }
    }
  }

  /**
   * CLDR display names are written for menus ("St. Kitts & Nevis", "Myanmar (Burma)",
   * "Hong Kong SAR China"); turn them into the forms prose uses. Names like "Congo - Kinshasa" are
   * skipped; the curated file covers them.
   */
  static List<String> cldrNameVariants(String display) {
    String name = TextNormalizer.normalize(display);
    if (name.contains(" - ")) {
      return List.of();
    }
    name = name.replace(" SAR China", "").replace(" & ", " and ");
    Set<String> variants = new LinkedHashSet<>();
    int open = name.indexOf('(');
    if (open > 0 && name.endsWith(")")) {
      variants.add(name.substring(0, open).strip());
      variants.add(name.substring(open + 1, name.length() - 1).strip());
    } else if (open > 0) {
      variants.add(name.replaceAll("\\s*\\([^)]*\\)", ""));
    } else {
      variants.add(name);
    }
    for (String variant : List.copyOf(variants)) {
      if (variant.startsWith("St. ")) {
        variants.add("Saint " + variant.substring(4));
      }
    }
    return List.copyOf(variants);
  }

  private static boolean takesPluralS(String demonym) {
    return !(demonym.endsWith("s") || demonym.endsWith("sh") || demonym.endsWith("ch") || demonym.endsWith("ese"));
  }

  /** Prose writes names as curated, headlines in Title Case, letterheads in UPPER CASE. */
  private void addWithCaseVariants(String spelling, AliasEntry entry) {
    add(spelling, entry);
    add(titleCase(spelling), entry);
    add(spelling.toUpperCase(Locale.ROOT), entry);
  }

  private void add(String spelling, AliasEntry entry) {
    AliasEntry stored = trie.addIfAbsent(TextNormalizer.normalize(spelling), entry);
    if (!stored.code().equals(entry.code())) {
      clashes.add(spelling + " -> " + entry.code());
      LOG.warn("Gazetteer alias '{}' of {} is already used by {}; keeping the first", spelling,
          entry.code(), stored.code());
    }
  }

  /** Capitalises every word of two or more letters ("Republic Of The Congo"); one-letter words stay. */
  static String titleCase(String s) {
    StringBuilder out = new StringBuilder(s);
    for (int i = 0; i < out.length(); i++) {
      boolean wordStart = i == 0 || !Character.isLetterOrDigit(out.charAt(i - 1));
      boolean longWord = i + 1 < out.length() && Character.isLetter(out.charAt(i + 1));
      if (wordStart && longWord) {
        out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
      }
    }
    return out.toString();
  }
}
