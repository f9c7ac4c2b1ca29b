package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds countries and blocs named in text: every ISO 3166-1 country (names from the JDK's CLDR data) plus
 * the curated short forms, former names, abbreviations, demonyms and capitals of {@code gazetteer.tsv}.
 *
 * <p>Matching is word-boundary aware and longest-first ("South Sudan" is not "Sudan", "Niger" is not in
 * "Nigeria"). Abbreviations are case-sensitive ("US", never "us"); other aliases match as curated, in
 * Title Case or in UPPER CASE, never in lower case ("china" the porcelain). Words that turn an alias into
 * something else ("Turkey sandwich", "state of Georgia", "Michael Jordan") veto it; see
 * {@code gazetteer-context.tsv}. "Korea"/"Korean" alone mean South Korea.
 *
 * <p>Immutable after loading and shared: use {@link #standard()}.
 */
public final class Gazetteer {

  private static final String DATA = "gazetteer.tsv";
  private static final String CONTEXT_RULES = "gazetteer-context.tsv";

  private final TokenTrie<AliasEntry> trie;
  private final AliasContextRules contextRules;
  private final Map<String, String> displayNames;
  private final Set<String> blocs;
  private final List<String> clashes;

  private Gazetteer(GazetteerLoader.Loaded loaded, AliasContextRules contextRules) {
    this.trie = loaded.trie();
    this.displayNames = loaded.displayNames();
    this.blocs = loaded.blocs();
    this.clashes = loaded.clashes();
    this.contextRules = contextRules;
  }

  /** The shared instance, loaded on first use. */
  public static Gazetteer standard() {
    return Holder.INSTANCE;
  }

  /** Mentions of parties in {@code text}, in text order; offsets refer to {@code text}. */
  public List<Mention> find(String text) {
    return find(text, WordTokenizer.tokenize(text));
  }

  /** Same as {@link #find(String)} over words the caller has already split. */
  List<Mention> find(String text, List<Token> tokens) {
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      TokenTrie.Match<AliasEntry> match = trie.longestAt(text, tokens, i);
      if (match == null
          || !contextRules.allows(match.value(), text, tokens, match.firstToken(), match.lastToken())) {
        i++;
        continue;
      }
      int start = tokens.get(match.firstToken()).start();
      int end = tokens.get(match.lastToken()).end();
      mentions.add(new Mention(match.value().code(), start, end, text.substring(start, end), match.value().kind()));
      i = match.lastToken() + 1;
    }
    return mentions;
  }

  /** Every code the gazetteer can return: ISO 3166-1 alpha-2 countries and bloc acronyms. */
  public Set<String> codes() {
    return displayNames.keySet();
  }

  public boolean isBloc(String code) {
    return blocs.contains(code);
  }

  /** English name for a code ("Cambodia", "Association of Southeast Asian Nations"). */
  public Optional<String> name(String code) {
    return Optional.ofNullable(displayNames.get(code));
  }

  /** Aliases that two parties tried to claim; empty for consistent data (checked by a test). */
  List<String> clashes() {
    return clashes;
  }

  private static final class Holder {
    private static final Gazetteer INSTANCE = new Gazetteer(GazetteerLoader.load(DATA),
        AliasContextRules.load(CONTEXT_RULES));
  }
}
