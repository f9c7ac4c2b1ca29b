package dev.newsroom.app.ledger;

import dev.newsroom.analysis.Gazetteer;
import dev.newsroom.streams.LedgerView;

/** A pair typed by a person ({@code kh-jp}), checked against the codes the analysis can produce. */
public final class PairCodes {

  private PairCodes() {}

  /**
   * {@code kh-jp} → {@code JP-KH}.
   *
   * @throws IllegalArgumentException when it is not two codes, or a code is neither an ISO 3166-1 country nor a
   *     bloc the gazetteer knows (so {@code XX-ZZ} is refused rather than looked up and never found)
   */
  public static String canonical(String pair) {
    String canonical = LedgerView.canonical(pair);
    Gazetteer gazetteer = Gazetteer.standard();
    for (String code : canonical.split("-")) {
      if (!gazetteer.codes().contains(code)) {
        throw new IllegalArgumentException("unknown code '" + code + "' in pair '" + pair.strip()
            + "': use ISO 3166-1 alpha-2 country codes such as JP or KH, or a bloc such as ASEAN or EU");
      }
    }
    return canonical;
  }
}
