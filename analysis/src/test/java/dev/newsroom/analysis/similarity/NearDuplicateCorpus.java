package dev.newsroom.analysis.similarity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a corpus with planted families, to measure near-duplicate detection: for every event an original
 * release, an exact copy, near-duplicates (changed boilerplate, reordered paragraphs, 5-20% of words edited),
 * a distinct report of the same event in other words (never a duplicate), and unrelated releases.
 */
public final class NearDuplicateCorpus {

  /** How a document was made from its family's original; DISTINCT and UNRELATED are not duplicates. */
  public enum Variant { ORIGINAL, EXACT_COPY, BOILERPLATE, REORDERED, EDIT_5, EDIT_10, EDIT_15, EDIT_20, DISTINCT, UNRELATED }

  /** One generated release; {@code family} groups an original with its copies. */
  public record Doc(String id, String family, Variant variant, String text) {}

  private static final String[] COUNTRIES = {"Japan", "Cambodia", "Vietnam", "Australia", "India", "Indonesia",
      "France", "Brazil", "Kenya", "Ghana", "Chile", "Peru", "Norway", "Egypt", "Morocco", "Canada", "Mexico",
      "Thailand", "Malaysia", "Singapore", "Philippines", "Germany", "Italy", "Spain", "Nigeria", "Senegal"};
  private static final String[] LEVELS = {"strategic partnership", "comprehensive strategic partnership",
      "comprehensive partnership", "enhanced strategic partnership", "special strategic partnership"};
  private static final String[] TOPICS = {"trade", "investment", "education", "clean energy", "health",
      "maritime security", "agriculture", "tourism", "digital economy", "infrastructure", "climate finance",
      "fisheries", "culture", "science", "labour mobility", "disaster relief", "semiconductors", "rail"};
  private static final String[] WORDS = ("officials noted ministers leaders stressed welcomed progress "
      + "cooperation agreement framework dialogue exchange visit delegation talks summit programme fund "
      + "project market growth exports imports students scholarships ports roads power grid solar wind "
      + "water harvest farmers tourists flights visas customs standards regulators banks loans grants "
      + "training experts research universities hospitals vaccines doctors nurses teachers schools youth "
      + "women workers unions companies startups investors factories supply chains minerals batteries "
      + "vehicles shipping coastguard navy patrols exercises border police courts justice elections "
      + "parliament committee budget plan strategy roadmap targets review meeting forum council").split(" ");

  private final SplittableRandom random;

  public NearDuplicateCorpus(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** {@code events} families plus {@code unrelated} stand-alone releases, shuffled except that originals lead. */
  public List<Doc> generate(int events, int unrelated) {
    List<Doc> originals = new ArrayList<>();
    List<Doc> others = new ArrayList<>();
    for (int e = 0; e < events; e++) {
      String family = "f" + e;
      String a = pick(COUNTRIES);
      String b = other(a);
      String level = pick(LEVELS);
      List<String> paragraphs = paragraphs(a, b, level, 6);
      String original = String.join("\n\n", paragraphs);
      originals.add(new Doc(family + "-original", family, Variant.ORIGINAL, original));
      others.add(new Doc(family + "-copy", family, Variant.EXACT_COPY, original));
      others.add(new Doc(family + "-boilerplate", family, Variant.BOILERPLATE, reboilerplate(original)));
      others.add(new Doc(family + "-reordered", family, Variant.REORDERED, reorder(paragraphs)));
      others.add(new Doc(family + "-e5", family, Variant.EDIT_5, edit(original, 0.05)));
      others.add(new Doc(family + "-e10", family, Variant.EDIT_10, edit(original, 0.10)));
      others.add(new Doc(family + "-e15", family, Variant.EDIT_15, edit(original, 0.15)));
      others.add(new Doc(family + "-e20", family, Variant.EDIT_20, edit(original, 0.20)));
      others.add(new Doc(family + "-distinct", family + "-report", Variant.DISTINCT,
          String.join("\n\n", paragraphs(b, a, level, 5))));
    }
    for (int u = 0; u < unrelated; u++) {
      String a = pick(COUNTRIES);
      others.add(new Doc("u" + u, "u" + u, Variant.UNRELATED,
          String.join("\n\n", paragraphs(a, other(a), pick(LEVELS), 4))));
    }
    Collections.shuffle(others, new java.util.Random(random.nextLong()));
    List<Doc> corpus = new ArrayList<>(originals);
    corpus.addAll(others);
    return corpus;
  }

  private List<String> paragraphs(String a, String b, String level, int count) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add(a + " and " + b + " agreed on " + (1 + random.nextInt(28)) + " " + pick(new String[] {
        "March", "May", "July", "September", "November"}) + " to raise their relations to a " + level + ", "
        + sentence(14));
    for (int i = 1; i < count; i++) {
      paragraphs.add("On " + pick(TOPICS) + ", " + sentence(18) + " " + sentence(16) + " The two sides "
          + pick(new String[] {"signed", "reviewed", "launched", "extended"}) + " " + (2 + random.nextInt(30))
          + " agreements on " + pick(TOPICS) + " and " + pick(TOPICS) + ".");
    }
    return paragraphs;
  }

  private String sentence(int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(i == 0 ? "" : " ").append(pick(WORDS));
    }
    return text.append('.').toString();
  }

  private String reboilerplate(String text) {
    return "Press office | Subscribe | Print this page\n\nUpdated " + (1 + random.nextInt(12)) + ":0"
        + random.nextInt(10) + " local time\n\n" + text + "\n\nShare on social media. All rights reserved. "
        + "Contact the press office for interviews.";
  }

  private String reorder(List<String> paragraphs) {
    List<String> shuffled = new ArrayList<>(paragraphs);
    Collections.shuffle(shuffled, new java.util.Random(random.nextLong()));
    return String.join("\n\n", shuffled);
  }

  /** Replaces, deletes or inserts words at the given rate. */
  private String edit(String text, double rate) {
    String[] words = text.split(" ");
    StringBuilder out = new StringBuilder();
    for (String word : words) {
      if (random.nextDouble() < rate) {
        int action = random.nextInt(3);
        if (action == 0) {
          continue; // deleted
        }
        if (action == 1) {
          out.append(pick(WORDS)).append(' '); // replaced
          continue;
        }
        out.append(pick(WORDS)).append(' '); // inserted before the word
      }
      out.append(word).append(' ');
    }
    return out.toString().strip();
  }

  private String other(String country) {
    String other = pick(COUNTRIES);
    return other.equals(country) ? other(country) : other;
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
