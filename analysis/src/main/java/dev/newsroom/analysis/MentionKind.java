package dev.newsroom.analysis;

/** How a party was named; names count more than demonyms or capitals when judging salience. */
public enum MentionKind {
  /** "Cambodia", "Kingdom of Cambodia", "Burma". */
  NAME,
  /** "US", "DPRK", "ASEAN"; matched case-sensitively. */
  ABBREVIATION,
  /** "Japanese", "Filipinos". */
  DEMONYM,
  /** "Tokyo", "Phnom Penh", and seats of government used for the state ("the Kremlin"). */
  CAPITAL
}
