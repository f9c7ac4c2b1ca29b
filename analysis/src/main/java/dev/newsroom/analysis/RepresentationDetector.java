package dev.newsroom.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a change of diplomatic representation that a release reports as its news: relations severed or
 * suspended, representation cut to chargé d'affaires, an ambassador recalled or expelled, relations restored,
 * raised to embassy level, an ambassador sent back, relations established.
 *
 * <p>News of this kind is told in the headline and the lead, so only the title and the first body sentences are
 * read; a change met later is background ("six months after he was recalled"). A headline that denies,
 * threatens or demands the change ("rules out cutting ties", "MPs urge recall") makes the release a non-event,
 * whatever the body quotes. Within a sentence the action is vetoed by a negation, threat, demand or hypothesis
 * shortly before it, and dropped as history after "since", "had", or a year long before the release.
 */
final class RepresentationDetector {

  /** Body sentences read after the title: the dateline sentence and the lead paragraph. */
  static final int LEAD_SENTENCES = 4;
  /** How far before the action a veto or history cue still governs it. */
  private static final int VETO_REACH = 70;
  private static final int HISTORY_REACH = 40;
  /** "... recalled its ambassador in 2013": a year this close after the action dates it. */
  private static final int YEAR_AFTER_REACH = 24;
  /** "... restored relations in March last year": a past time this close after the action dates it. */
  private static final int PAST_AFTER_REACH = 40;
  /** Vetoes and looks back said after the action (Japanese) are read this far after it. */
  private static final int AFTER_REACH = 16;
  private static final Pattern YEAR_JUST_BEFORE = Pattern.compile("(?<!\\d)(1[89]\\d\\d|20\\d\\d)(?!\\d)\\D{0,4}$");
  private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");

  /** An action read in a sentence: where its phrase starts and ends, and whether a veto governs it. */
  record Reading(RepresentationAction action, int at, int end, boolean vetoed) {
  }

  /** The change the release reports, or null. */
  Move detect(ReleaseDocument doc, PairTagging tagging) {
    int body = 0;
    for (Sentence sentence : doc.sentences()) {
      boolean title = doc.isTitle(sentence);
      if (!title && body++ >= LEAD_SENTENCES) {
        break;
      }
      Reading reading = read(sentence.text(), doc.date());
      if (reading == null) {
        continue;
      }
      if (reading.vetoed()) {
        if (title) {
          return null;
        }
        continue;
      }
      CountryPair pair = partiesOf(doc, sentence, tagging);
      if (pair == null) {
        continue;
      }
      RepresentationAction action = reading.action();
      return Move.representation(action, pair, fromLevel(action), toLevel(action), Stage.ANNOUNCED, null,
          title || body <= 1 ? 0.9 : 0.7, sentence.text());
    }
    return null;
  }

  /** The earliest action of any triggered language, vetoed or not; null when none or only history. */
  static Reading read(String sentence, LocalDate releaseDate) {
    String lower = sentence.toLowerCase(Locale.ROOT);
    Reading best = null;
    for (RepresentationVocabulary vocabulary : RepresentationVocabulary.ALL) {
      if (!vocabulary.triggeredBy(lower)) {
        continue;
      }
      for (Map.Entry<RepresentationAction, Pattern> entry : vocabulary.actions.entrySet()) {
        Matcher m = entry.getValue().matcher(lower);
        // The earliest phrase wins; of two starting together, the shorter ("ambassador ... has returned"
        // before "ambassador ... returned five weeks after he was withdrawn").
        if (!m.find() || best != null && (best.at() < m.start() || best.at() == m.start() && best.end() <= m.end())) {
          continue;
        }
        String before = lower.substring(Math.max(0, m.start() - VETO_REACH), m.start());
        String after = lower.substring(m.end(), Math.min(lower.length(), m.end() + AFTER_REACH));
        if (vocabulary.history.matcher(tail(before, HISTORY_REACH)).find()
            || vocabulary.historyAfter.matcher(after).find()
            || isYearJustBefore(before, releaseDate)
            || isDatedHistory(lower, m.end(), releaseDate)
            || entry.getKey() == RepresentationAction.ESTABLISHED && mentionsPastYear(lower, releaseDate)) {
          continue;
        }
        best = new Reading(entry.getKey(), m.start(), m.end(),
            vocabulary.veto.matcher(before).find() || vocabulary.vetoAfter.matcher(after).find());
      }
    }
    return best;
  }

  /** "1957年に国交を回復": a year long past right before the action (a few characters of particle between). */
  private static boolean isYearJustBefore(String before, LocalDate releaseDate) {
    if (releaseDate == null) {
      return false;
    }
    Matcher year = YEAR_JUST_BEFORE.matcher(before);
    return year.find() && Integer.parseInt(year.group(1)) < releaseDate.getYear() - 1;
  }

  private static boolean isDatedHistory(String lower, int end, LocalDate releaseDate) {
    if (releaseDate == null) {
      return false;
    }
    Matcher year = YEAR.matcher(lower.substring(end, Math.min(lower.length(), end + YEAR_AFTER_REACH)));
    // "... established diplomatic relations in August last year": the phrasing files' past times.
    return year.find() && Integer.parseInt(year.group(1)) < releaseDate.getYear() - 1
        || UpgradeLanguage.PAST_TIME.matcher(lower.substring(end, Math.min(lower.length(), end + PAST_AFTER_REACH)))
            .find();
  }

  /** Relations established for the first time are news only in the year they are: any year long past is history. */
  private static boolean mentionsPastYear(String lower, LocalDate releaseDate) {
    if (releaseDate == null) {
      return false;
    }
    Matcher year = YEAR.matcher(lower);
    while (year.find()) {
      if (Integer.parseInt(year.group(1)) < releaseDate.getYear() - 1) {
        return true;
      }
    }
    return false;
  }

  /**
   * The two parties named in the sentence (the primary pair when it names both or one of them), or the primary
   * pair when the sentence names none ("the two countries restored ties").
   */
  private static CountryPair partiesOf(ReleaseDocument doc, Sentence sentence, PairTagging tagging) {
    Set<String> parties = MentionWeights.partiesIn(doc, sentence);
    CountryPair primary = tagging.primary();
    List<String> codes = new ArrayList<>(parties);
    if (primary != null && (codes.isEmpty() || primary.toList().containsAll(codes)
        || codes.containsAll(primary.toList()))) {
      return primary;
    }
    if (codes.size() >= 2) {
      return tagging.bestPairAmong(codes);
    }
    return codes.size() == 1 ? tagging.bestPairWith(codes.get(0)) : null;
  }

  static String fromLevel(RepresentationAction action) {
    return switch (action) {
      case SEVERED, SUSPENDED, DOWNGRADED_TO_CHARGE, AMBASSADOR_RECALLED, AMBASSADOR_EXPELLED -> AMBASSADOR;
      case RESTORED, ESTABLISHED -> NO_RELATIONS;
      case AMBASSADOR_RETURNED, UPGRADED_TO_AMBASSADOR -> CHARGE;
    };
  }

  static String toLevel(RepresentationAction action) {
    return switch (action) {
      case SEVERED -> NO_RELATIONS;
      case SUSPENDED -> "relations suspended";
      case DOWNGRADED_TO_CHARGE, AMBASSADOR_RECALLED, AMBASSADOR_EXPELLED -> CHARGE;
      case RESTORED, ESTABLISHED, AMBASSADOR_RETURNED, UPGRADED_TO_AMBASSADOR -> AMBASSADOR;
    };
  }

  private static final String AMBASSADOR = "ambassador";
  private static final String CHARGE = "charge d'affaires";
  private static final String NO_RELATIONS = "no diplomatic relations";

  private static String tail(String s, int length) {
    return s.length() <= length ? s : s.substring(s.length() - length);
  }
}
