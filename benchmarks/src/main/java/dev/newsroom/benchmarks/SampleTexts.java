package dev.newsroom.benchmarks;

/**
 * Release-like texts of a given size for the benchmarks, written for them: paragraphs of diplomatic prose with
 * several countries, levels and an upgrade sentence, repeated until the size is reached.
 */
final class SampleTexts {

  private static final String[] PARAGRAPHS = {
      "Hanoi, 3 September 2023. The President of the United States and the General Secretary of Vietnam agreed "
          + "to elevate relations between the two countries to a comprehensive strategic partnership, skipping "
          + "the strategic partnership level altogether.",
      "Both sides welcomed growing trade and investment, and the ministers discussed semiconductors, clean "
          + "energy, education and the search for those still missing from the war.",
      "The leaders also exchanged views on the situation in the East Sea and reaffirmed the importance of "
          + "freedom of navigation under international law, including UNCLOS.",
      "Vietnam already maintains comprehensive strategic partnerships with China, Russia, India and the "
          + "Republic of Korea; Japan and Australia followed later in the year.",
      "Observers in Singapore and Bangkok said the announcement reflected the weight of the relationship in "
          + "ASEAN, while officials in Beijing made no comment on Monday.",
  };

  private SampleTexts() {}

  static String ofSize(int chars) {
    StringBuilder text = new StringBuilder(chars + 400);
    for (int i = 0; text.length() < chars; i++) {
      text.append(PARAGRAPHS[i % PARAGRAPHS.length]).append("\n\n");
    }
    return text.substring(0, chars);
  }
}
