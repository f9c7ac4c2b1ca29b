package dev.newsroom.benchmarks.load;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Texts for the workload, written for it: unrelated releases (random sentences over a neutral vocabulary, so
 * that two of them share almost no three-word shingles and report no move), reports of a partnership upgrade
 * between two countries in several outlets' own words, and near copies (boilerplate and a few edited words).
 */
final class ReleaseTexts {

  /** Countries with one unambiguous English name; every pair of them is a possible event. */
  static final List<String> COUNTRIES = List.of("Vietnam", "Australia", "Indonesia", "Japan", "Brazil", "Kenya",
      "Norway", "Chile", "Peru", "Mexico", "Canada", "Egypt", "Ghana", "Nigeria", "Poland", "Sweden", "Finland",
      "Thailand", "Malaysia", "Argentina", "Colombia", "Morocco", "Tunisia", "Greece", "Portugal", "Italy",
      "Germany", "France", "India", "Mongolia", "Kazakhstan", "Uzbekistan", "Cambodia", "Ireland", "Austria",
      "Senegal", "Ethiopia", "Uruguay", "Paraguay", "Ecuador");

  private static final String[] WORDS = ("officials noted ministers stressed welcomed progress cooperation "
      + "framework dialogue exchange visit delegation talks programme fund project market growth exports imports "
      + "students scholarships ports roads power grid solar wind water harvest farmers tourists flights visas "
      + "customs standards regulators banks loans grants training experts research universities hospitals "
      + "vaccines doctors nurses teachers schools youth women workers unions companies startups investors "
      + "factories supply chains minerals batteries vehicles shipping coastguard patrols exercises courts "
      + "justice elections parliament committee budget plan strategy roadmap targets review meeting forum "
      + "council rainfall drought bridges railways museums archives libraries festival orchestra football "
      + "athletes hospital clinic pensions taxes wages prices inflation bonds currency reserves tariffs quotas "
      + "fisheries forests rivers coasts wetlands wildlife heritage language translation broadcasting satellite "
      + "cables data privacy software hardware engineers laboratories patents licences permits inspections "
      + "audits contracts tenders procurement warehouses logistics airports terminals harbours fleets "
      + "the a of and in on for with by from after before during while under over between among new first "
      + "second third several many most some each every local regional national annual quarterly weekly "
      + "said announced reported confirmed opened closed signed reviewed discussed planned completed expanded")
      .split(" ");

  private static final String[] CITIES = {"Northport", "Lakeside", "Hillview", "Riverton", "Eastbay"};
  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};

  private ReleaseTexts() {}

  static String title(SplittableRandom random) {
    return capitalised(words(random, 7));
  }

  /** About {@code words} words in paragraphs of sentences. */
  static String body(SplittableRandom random, int words) {
    StringBuilder body = new StringBuilder();
    int written = 0;
    while (written < words) {
      if (written > 0) {
        body.append("\n\n");
      }
      for (int s = 0; s < 5 && written < words; s++) {
        int length = 8 + random.nextInt(12);
        body.append(s == 0 ? "" : " ").append(capitalised(words(random, length))).append('.');
        written += length;
      }
    }
    return body.toString();
  }

  /** One way of reporting that {@code a} and {@code b} upgraded their ties; {@code outlet} picks the phrasing. */
  static String upgradeLead(int outlet, String a, String b, int day, int month, int year) {
    String date = day + " " + MONTHS[month - 1] + " " + year;
    return switch (outlet % 4) {
      case 0 -> CITIES[outlet % CITIES.length] + ", " + date + ". " + a + " and " + b + " agreed to elevate their "
          + "relations from a strategic partnership to a comprehensive strategic partnership, the two leaders said.";
      case 1 -> a + " and " + b + " upgraded their ties to a comprehensive strategic partnership on " + date
          + ", officials of both governments announced.";
      case 2 -> "The leaders of " + a + " and " + b + " decided on " + date + " to raise bilateral relations to a "
          + "comprehensive strategic partnership.";
      default -> "On " + date + ", " + b + " and " + a + " lifted their relationship to a comprehensive strategic "
          + "partnership, according to a joint statement.";
    };
  }

  static String upgradeTitle(int outlet, String a, String b) {
    return switch (outlet % 4) {
      case 0 -> a + " and " + b + " agree to elevate relations";
      case 1 -> a + ", " + b + " upgrade ties";
      case 2 -> "Leaders of " + a + " and " + b + " raise relations";
      default -> b + " and " + a + " lift relationship";
    };
  }

  /** A near copy: a republisher's boilerplate around the text, with about {@code rate} of its words edited. */
  static String nearCopy(SplittableRandom random, String body, double rate) {
    StringBuilder out = new StringBuilder("Reposted | Print | Share | Subscribe\n\n");
    String[] paragraphs = body.split("\n\n");
    for (int p = 0; p < paragraphs.length; p++) {
      if (p > 0) {
        out.append("\n\n");
      }
      // The lead stays as it was: a republisher edits the story around it, not the news itself.
      if (p == 0) {
        out.append(paragraphs[0]);
        continue;
      }
      String[] words = paragraphs[p].split(" ");
      StringBuilder edited = new StringBuilder();
      for (String word : words) {
        if (random.nextDouble() < rate) {
          switch (random.nextInt(3)) {
            case 0 -> { } // deleted
            case 1 -> edited.append(WORDS[random.nextInt(WORDS.length)]).append(' '); // replaced
            default -> edited.append(WORDS[random.nextInt(WORDS.length)]).append(' ').append(word).append(' ');
          }
        } else {
          edited.append(word).append(' ');
        }
      }
      out.append(edited.toString().strip());
    }
    return out.append("\n\nAll rights reserved. Contact the press office for interviews.").toString();
  }

  private static String words(SplittableRandom random, int count) {
    List<String> chosen = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      chosen.add(WORDS[random.nextInt(WORDS.length)]);
    }
    return String.join(" ", chosen);
  }

  private static String capitalised(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
