package dev.newsroom.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which parties a release is about and which two act together.
 *
 * <p>Evidence for a pair adds up over sentences: both named in one sentence (more in the title), named
 * side by side ("Cambodia-Japan", "Cambodia and Japan", "Cambodia, Japan to ..."), one leader meeting "his
 * Japanese counterpart", and follow-up sentences about "the two countries", "both sides" or "bilateral"
 * ties. Sentences without diplomatic vocabulary (sports, weather) and sentences about years long past
 * count far less, and so do parties named only as a topic or label ("crisis in Ukraine", "ASEAN Summit").
 * The sum maps to a score in [0, 1]; the best pair is primary only above a threshold and only with
 * evidence from a diplomatic sentence, so a release naming countries in passing gets none.
 */
final class PairTagger {

  private static final double COOCCURRENCE = 1.0;
  private static final double TITLE_COOCCURRENCE = 2.0;
  private static final double SIDE_BY_SIDE = 1.5;
  private static final double COUNTERPART = 2.5;
  private static final double FOLLOW_UP = 1.0;
  private static final double NON_DIPLOMATIC_FACTOR = 0.3;
  private static final double HISTORY_FACTOR = 0.3;
  /** Evidence of this much gives a score of 1 - 1/e (about 0.63). */
  private static final double SCORE_SCALE = 3.0;
  static final double PRIMARY_MIN_SCORE = 0.5;
  /**
   * A pair below {@link #PRIMARY_MIN_SCORE} is still primary when it has at least one full co-mention's
   * worth of evidence and clearly leads every other pair: short releases ("Trade between Cambodia and
   * Japan rose ...") name their pair once or twice, and a lone well-evidenced pair is what they are about.
   */
  private static final double LONE_PAIR_MIN_EVIDENCE = COOCCURRENCE;
  /** The runner-up may have at most this share of a lone pair's evidence. */
  private static final double LONE_PAIR_MAX_RUNNER_UP_SHARE = 0.7;
  private static final double LISTED_MIN_SCORE = 0.1;
  private static final int MAX_LISTED_PAIRS = 10;
  private static final int MAX_PARTIES_PER_SENTENCE = 8;
  /** A follow-up phrase refers to a pair named at most this many sentences earlier. */
  private static final int FOLLOW_UP_REACH = 3;
  /** Parties named only as a topic or label ("crisis in Ukraine") cannot be what a sentence is about. */
  private static final double FOCUS_MIN_WEIGHT = 0.5;

  /** Between two parties named side by side: "Cambodia-Japan", "Viet Nam and the US", "la France et le Japon". */
  private static final Pattern JOINER = Pattern.compile("\\s*(?:-|/|,|&|and|, and|et|y|e)\\s*(?:the\\s+|l[ea]\\s+|el\\s+|l')?");
  private static final int MAX_JOINER_LENGTH = 12;
  private static final Pattern COUNTERPART_AFTER = Pattern.compile("^\\s+counterparts?\\b");
  private static final int COUNTERPART_REACH = 20;
  /** French and Spanish put the demonym after the noun: "son homologue japonais", "su homólogo japonés". */
  private static final Pattern COUNTERPART_BEFORE = Pattern.compile("\\b(?:homologues?|hom[oó]log[oa]s?)\\s+$",
      Pattern.CASE_INSENSITIVE);

  PairTagging tag(ReleaseDocument doc) {
    Map<Mention, Double> weights = new IdentityHashMap<>();
    for (Mention mention : doc.mentions()) {
      weights.put(mention, MentionWeights.of(mention, doc));
    }
    List<String> countries = bySalience(doc, weights);
    SentenceFactors factors = new SentenceFactors(doc);
    Evidence evidence = new Evidence();
    CountryPair lastFocus = null;
    int lastFocusSentence = -1;
    for (Sentence sentence : doc.sentences()) {
      CountryPair focus = scoreSentence(doc, sentence, factors, weights, countries, evidence);
      Set<String> parties = strongParties(partiesIn(doc.mentionsIn(sentence), weights));
      if (SentenceSignals.refersToPair(doc.tokensIn(sentence))) {
        CountryPair target = focus;
        if (target == null && lastFocus != null && sentence.index() - lastFocusSentence <= FOLLOW_UP_REACH
            && lastFocus.toList().containsAll(parties)) {
          target = lastFocus;
        }
        if (target != null) {
          evidence.add(target, FOLLOW_UP * factors.factor(sentence), factors.diplomatic(sentence));
        }
      }
      if (focus != null) {
        lastFocus = focus;
        lastFocusSentence = sentence.index();
      }
    }
    return evidence.toTagging(countries);
  }

  /** Adds the evidence of one sentence; returns the pair it is most about, or null. */
  private CountryPair scoreSentence(ReleaseDocument doc, Sentence sentence, SentenceFactors factors,
      Map<Mention, Double> weights, List<String> countries, Evidence evidence) {
    List<Mention> mentions = doc.mentionsIn(sentence);
    if (mentions.isEmpty()) {
      return null;
    }
    boolean diplomatic = factors.diplomatic(sentence);
    double factor = factors.factor(sentence);
    Map<String, Double> parties = partiesIn(mentions, weights);
    List<String> codes = new ArrayList<>(parties.keySet());
    CountryPair focus = null;
    double focusEvidence = 0;
    double perPair = doc.isTitle(sentence) ? TITLE_COOCCURRENCE : COOCCURRENCE;
    for (int a = 0; a < Math.min(codes.size(), MAX_PARTIES_PER_SENTENCE); a++) {
      for (int b = a + 1; b < Math.min(codes.size(), MAX_PARTIES_PER_SENTENCE); b++) {
        double weight = Math.min(parties.get(codes.get(a)), parties.get(codes.get(b)));
        double amount = perPair * weight * factor;
        CountryPair pair = CountryPair.of(codes.get(a), codes.get(b));
        evidence.add(pair, amount, diplomatic);
        if (weight >= FOCUS_MIN_WEIGHT && amount > focusEvidence) {
          focus = pair;
          focusEvidence = amount;
        }
      }
    }
    CountryPair explicit = null;
    boolean[] joined = joinedToNext(doc.text(), mentions);
    int[] listSize = listSizes(mentions, joined);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention left = mentions.get(i);
      Mention right = mentions.get(i + 1);
      // "Japan, Australia and the United States announced aid": a list of three or more is not a pair.
      if (joined[i] && listSize[i] <= 2) {
        CountryPair pair = CountryPair.of(left.code(), right.code());
        double weight = Math.min(weights.get(left), weights.get(right));
        evidence.add(pair, SIDE_BY_SIDE * weight * factor, diplomatic);
        if (explicit == null && weight >= FOCUS_MIN_WEIGHT) {
          explicit = pair;
        }
      }
    }
    for (Mention mention : mentions) {
      if (mention.kind() == MentionKind.DEMONYM
          && (COUNTERPART_AFTER.matcher(doc.text().substring(mention.end(),
              Math.min(doc.text().length(), mention.end() + COUNTERPART_REACH))).find()
          || COUNTERPART_BEFORE.matcher(doc.text().substring(Math.max(0, mention.start() - COUNTERPART_REACH),
              mention.start())).find())) {
        String partner = countries.stream().filter(code -> !code.equals(mention.code())).findFirst().orElse(null);
        if (partner != null) {
          CountryPair pair = CountryPair.of(mention.code(), partner);
          evidence.add(pair, COUNTERPART * factor, diplomatic);
          explicit = explicit == null ? pair : explicit;
        }
      }
    }
    return explicit != null ? explicit : focus;
  }

  /** For each mention, whether a joiner ("-", "and", ",") ties it to the next mention of another party. */
  private static boolean[] joinedToNext(String text, List<Mention> mentions) {
    boolean[] joined = new boolean[mentions.size()];
    for (int i = 0; i + 1 < mentions.size(); i++) {
      Mention left = mentions.get(i);
      Mention right = mentions.get(i + 1);
      joined[i] = !left.code().equals(right.code()) && right.start() - left.end() <= MAX_JOINER_LENGTH
          && JOINER.matcher(text.substring(left.end(), right.start())).matches();
    }
    return joined;
  }

  /**
   * For each mention, how many distinct parties the run of joined mentions it belongs to names. A dateline
   * ("BUENOS AIRES - China y Argentina") repeats a party and stays a pair.
   */
  private static int[] listSizes(List<Mention> mentions, boolean[] joined) {
    int[] sizes = new int[mentions.size()];
    int runStart = 0;
    for (int i = 0; i < mentions.size(); i++) {
      if (i + 1 == mentions.size() || !joined[i]) {
        Set<String> codes = new HashSet<>();
        for (int j = runStart; j <= i; j++) {
          codes.add(mentions.get(j).code());
        }
        for (int j = runStart; j <= i; j++) {
          sizes[j] = codes.size();
        }
        runStart = i + 1;
      }
    }
    return sizes;
  }

  /** Per sentence, computed once: is it diplomatic, and how much does its evidence count. */
  private static final class SentenceFactors {
    private final boolean[] diplomatic;
    private final double[] factor;

    SentenceFactors(ReleaseDocument doc) {
      int n = doc.sentences().size();
      diplomatic = new boolean[n];
      factor = new double[n];
      for (Sentence sentence : doc.sentences()) {
        List<Token> words = doc.tokensIn(sentence);
        int i = sentence.index();
        diplomatic[i] = SentenceSignals.isDiplomatic(words);
        factor[i] = (diplomatic[i] ? 1.0 : NON_DIPLOMATIC_FACTOR)
            * (SentenceSignals.mentionsPastYear(words, doc.date()) ? HISTORY_FACTOR : 1.0);
      }
    }

    boolean diplomatic(Sentence sentence) {
      return diplomatic[sentence.index()];
    }

    double factor(Sentence sentence) {
      return factor[sentence.index()];
    }
  }

  /** Each party in the sentence with its strongest mention weight, in order of first mention. */
  private static Map<String, Double> partiesIn(List<Mention> mentions, Map<Mention, Double> weights) {
    Map<String, Double> parties = new LinkedHashMap<>();
    for (Mention mention : mentions) {
      parties.merge(mention.code(), weights.get(mention), Math::max);
    }
    return parties;
  }

  private static Set<String> strongParties(Map<String, Double> parties) {
    Set<String> strong = new HashSet<>();
    parties.forEach((code, weight) -> {
      if (weight >= FOCUS_MIN_WEIGHT) {
        strong.add(code);
      }
    });
    return strong;
  }

  /** Title mentions first, then total mention weight, then first position. */
  private static List<String> bySalience(ReleaseDocument doc, Map<Mention, Double> weights) {
    Map<String, double[]> stats = new LinkedHashMap<>(); // {inTitle, weight, firstPosition}
    for (Mention mention : doc.mentions()) {
      double[] s = stats.computeIfAbsent(mention.code(), c -> new double[] {0, 0, mention.start()});
      s[0] = Math.max(s[0], doc.inTitle(mention) ? 1 : 0);
      s[1] += weights.get(mention);
    }
    return stats.entrySet().stream()
        .sorted(Comparator.comparingDouble((Map.Entry<String, double[]> e) -> -e.getValue()[0])
            .thenComparingDouble(e -> -e.getValue()[1])
            .thenComparingDouble(e -> e.getValue()[2]))
        .map(Map.Entry::getKey)
        .toList();
  }

  /** Running totals per pair, and which pairs have diplomatic backing. */
  private static final class Evidence {
    private final Map<CountryPair, Double> totals = new HashMap<>();
    private final Set<CountryPair> diplomatic = new HashSet<>();

    void add(CountryPair pair, double amount, boolean fromDiplomaticSentence) {
      if (amount <= 0) {
        return;
      }
      totals.merge(pair, amount, Double::sum);
      if (fromDiplomaticSentence) {
        diplomatic.add(pair);
      }
    }

    PairTagging toTagging(List<String> countries) {
      List<Map.Entry<CountryPair, Double>> ranked = totals.entrySet().stream()
          .sorted(Comparator.comparingDouble((Map.Entry<CountryPair, Double> e) -> -e.getValue())
              .thenComparing(e -> e.getKey().key()))
          .toList();
      List<ScoredPair> listed = new ArrayList<>();
      for (Map.Entry<CountryPair, Double> entry : ranked) {
        double score = score(entry.getValue());
        if (score < LISTED_MIN_SCORE || listed.size() == MAX_LISTED_PAIRS) {
          break;
        }
        listed.add(new ScoredPair(entry.getKey(), score));
      }
      CountryPair primary = null;
      if (!ranked.isEmpty()) {
        Map.Entry<CountryPair, Double> best = ranked.get(0);
        double runnerUp = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
        boolean strong = score(best.getValue()) >= PRIMARY_MIN_SCORE;
        boolean lone = best.getValue() >= LONE_PAIR_MIN_EVIDENCE - 1e-9
            && runnerUp <= LONE_PAIR_MAX_RUNNER_UP_SHARE * best.getValue();
        if ((strong || lone) && diplomatic.contains(best.getKey())) {
          primary = best.getKey();
        }
      }
      return new PairTagging(countries, listed, primary, Map.copyOf(totals));
    }

    private static double score(double evidence) {
      return Math.round((1.0 - Math.exp(-evidence / SCORE_SCALE)) * 100.0) / 100.0;
    }
  }
}
