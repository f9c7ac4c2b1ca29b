package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.OptionalInt;

/**
 * The ladder of bilateral relationship levels, from "partnership" up to "all-weather strategic cooperative
 * partnership", loaded from {@code partnership-ladder.tsv}. Knows each level's rank (higher = closer) and
 * finds level names in text: case-insensitive, whole words, longest name first, so "comprehensive strategic
 * partnership" is never read as "strategic partnership". Quotes around a name do not matter.
 *
 * <p>Immutable and shared: use {@link #standard()}.
 */
public final class PartnershipLadder {

  private static final String DATA = "partnership-ladder.tsv";
  private static final String PARTY_LADDERS = "partnership-ladders.tsv";
  /** Languages whose level names are in {@code levels-<lang>.tsv}; English names are in {@link #DATA}. */
  static final List<String> LANGUAGES = List.of("fr", "es", "vi", "zh", "ja", "pt", "de", "id", "ru", "ar");
  private static final String PARTNERSHIP = "partnership";

  private final Map<String, Integer> ranks;
  private final List<String> levels;
  /** Level names and aliases, words lower-cased; a hyphen may join words ("all-weather"). */
  private final TokenTrie<String> names;
  /** Every findable level ends in one of these words; texts without any skip the word look-ups. */
  private final List<String> keyWords;
  /** Ladders of one pair ("IN-JP") or one party ("VN"), each a rank per level. */
  private final Map<String, Map<String, Integer>> partyLadders;
  /** Level names that are not English, as matched (lower case, single spaces). */
  private final Set<String> foreignNames;
  private static final Pattern WHITESPACE_OR_HYPHEN = Pattern.compile("[\\s-]+");

  private PartnershipLadder(Map<String, Integer> ranks, Map<String, String> levelByAlias,
      Map<String, Map<String, Integer>> partyLadders, Set<String> foreignNames) {
    this.foreignNames = Set.copyOf(foreignNames);
    this.ranks = Map.copyOf(ranks);
    this.partyLadders = Map.copyOf(partyLadders);
    this.levels = ranks.keySet().stream()
        .sorted(Comparator.comparingInt((String level) -> ranks.get(level)).thenComparing(level -> level))
        .toList();
    // "・" joins Japanese words of one name: "グローバル・パートナーシップ".
    // Apostrophes join elided words: "partenariat d'exception renforcé".
    this.names = new TokenTrie<>(true, "-\u30FB'\u2019");
    levelByAlias.forEach(this.names::addIfAbsent);
    this.keyWords = keyWords(levelByAlias.keySet());
  }

  public static PartnershipLadder standard() {
    return Holder.INSTANCE;
  }

  /** Rank of a canonical level name; empty when the name is not on the ladder. */
  public OptionalInt rank(String canonicalLevel) {
    Integer rank = canonicalLevel == null ? null : ranks.get(canonicalLevel);
    return rank == null ? OptionalInt.empty() : OptionalInt.of(rank);
  }

  /** Canonical level names from the lowest rank to the highest. */
  public List<String> levels() {
    return levels;
  }

  /** True when {@code to} ranks strictly above {@code from}. */
  public boolean isUpgrade(String from, String to) {
    OptionalInt fromRank = rank(from);
    OptionalInt toRank = rank(to);
    return fromRank.isPresent() && toRank.isPresent() && toRank.getAsInt() > fromRank.getAsInt();
  }

  /**
   * True when {@code to} ranks strictly above {@code from} on the ladder that governs {@code pair}: the
   * pair's own, else that of a member ranking both levels (Viet Nam, China, ASEAN), else the general one.
   */
  public boolean isUpgrade(CountryPair pair, String from, String to) {
    if (pair != null && from != null && to != null) {
      for (String ladder : List.of(pair.key(), pair.first(), pair.second())) {
        Map<String, Integer> own = partyLadders.get(ladder);
        if (own != null && own.containsKey(from) && own.containsKey(to)) {
          return own.get(to) > own.get(from);
        }
      }
    }
    return isUpgrade(from, to);
  }

  /** Level names in {@code text}, in text order, with offsets into {@code text}. */
  public List<LevelMention> find(String text) {
    return mayContainLevel(text) ? find(text, WordTokenizer.tokenize(text)) : List.of();
  }

  /** Cheap pre-check: false means {@code text} certainly names no level. */
  boolean mayContainLevel(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String keyWord : keyWords) {
      if (lower.contains(keyWord)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a found level is named in another language than English ("partenariat stratégique"): only
   * then does the release need the slower multilingual vocabulary.
   */
  boolean isForeignName(String text, LevelMention level) {
    String name = WHITESPACE_OR_HYPHEN.matcher(text.substring(level.start(), level.end()).toLowerCase(Locale.ROOT))
        .replaceAll(" ");
    return foreignNames.contains(name);
  }

  /** Same as {@link #find(String)} over words the caller has already split. */
  List<LevelMention> find(String text, List<Token> tokens) {
    List<LevelMention> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      TokenTrie.Match<String> match = names.longestAt(text, tokens, i);
      if (match == null) {
        i++;
        continue;
      }
      found.add(new LevelMention(match.value(), tokens.get(match.firstToken()).start(),
          tokens.get(match.lastToken()).end()));
      i = match.lastToken() + 1;
    }
    return found;
  }

  /**
   * One word per alias that any text naming it must contain: the longest (word order differs between
   * languages, so the last word is not always the noun), without words containing a shorter key word.
   */
  private static List<String> keyWords(Iterable<String> aliases) {
    List<String> lastWords = new ArrayList<>();
    for (String alias : aliases) {
      String last = "";
      for (String word : alias.split(" ")) {
        last = word.length() > last.length() ? word : last;
      }
      if (!lastWords.contains(last)) {
        lastWords.add(last);
      }
    }
    return lastWords.stream()
        .filter(word -> lastWords.stream().noneMatch(other -> !other.equals(word) && word.contains(other)))
        .sorted()
        .toList();
  }

  private static PartnershipLadder load() {
    Map<String, Integer> ranks = new LinkedHashMap<>();
    Map<String, String> levelByAlias = new HashMap<>();
    for (String[] row : TsvResource.read(DATA, 4)) {
      int rank = Integer.parseInt(row[0]);
      String level = row[1];
      if (ranks.put(level, rank) != null) {
        throw new IllegalStateException(DATA + ": level listed twice: " + level);
      }
      List<String> names = new ArrayList<>();
      switch (row[2]) {
        case "text" -> names.add(level);
        case "rank", "alias" -> { }
        default -> throw new IllegalStateException(DATA + ": unknown match mode '" + row[2] + "' for " + level);
      }
      if (!row[2].equals("rank")) {
        names.addAll(TsvResource.list(row[3]));
      }
      for (String name : names) {
        for (String form : inflections(name.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " "))) {
          String previous = levelByAlias.put(form, level);
          if (previous != null && !previous.equals(level)) {
            throw new IllegalStateException(DATA + ": '" + form + "' names both " + previous + " and " + level);
          }
        }
      }
    }
    Set<String> englishNames = Set.copyOf(levelByAlias.keySet());
    Set<String> foreignNames = new HashSet<>();
    for (String language : LANGUAGES) {
      for (String[] row : TsvResource.read("levels-" + language + ".tsv", 2)) {
        if (!ranks.containsKey(row[0])) {
          throw new IllegalStateException("levels-" + language + ".tsv: not a level: " + row[0]);
        }
        for (String name : TsvResource.list(row[1])) {
          for (String form : List.of(name, TextNormalizer.stripAccents(name))) {
            String alias = form.toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", " ");
            levelByAlias.putIfAbsent(alias, row[0]);
            if (!englishNames.contains(alias)) {
              foreignNames.add(alias);
            }
          }
        }
      }
    }
    return new PartnershipLadder(ranks, levelByAlias, partyLadders(ranks.keySet()), foreignNames);
  }

  private static Map<String, Map<String, Integer>> partyLadders(java.util.Set<String> levels) {
    Map<String, Map<String, Integer>> ladders = new HashMap<>();
    for (String[] row : TsvResource.read(PARTY_LADDERS, 3)) {
      if (!levels.contains(row[2])) {
        throw new IllegalStateException(PARTY_LADDERS + ": not on the general ladder: " + row[2]);
      }
      ladders.computeIfAbsent(row[0], k -> new HashMap<>()).put(row[2], Integer.parseInt(row[1]));
    }
    ladders.replaceAll((k, v) -> Map.copyOf(v));
    return ladders;
  }

  /** "strategic partnership" is also written "strategic partnerships", "strategic partner(s)". */
  private static List<String> inflections(String name) {
    if (!name.endsWith(PARTNERSHIP)) {
      return List.of(name);
    }
    String stem = name.substring(0, name.length() - "ship".length());
    return List.of(name, name + "s", stem, stem + "s");
  }

  private static final class Holder {
    private static final PartnershipLadder INSTANCE = load();
  }
}
