package dev.newsroom.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a release speaks from: its metadata; else the date its dateline or opening gives ("PHNOM PENH,
 * 12 November 2022", "HANOI, 10 September (VNA)", "Hà Nội, 11/9 (TTXVN)", "Senin (18/11/2013)", "27 de marzo
 * de 2024", "12. November 2022"), with the year taken from the arrival time or, failing that, from the text;
 * else the arrival date. Month names are data ({@code months.tsv}); the patterns are compiled once.
 */
final class ReleaseDates {

  /** Datelines and the first lines of a lead sit within this many characters of the body's start. */
  static final int OPENING_REACH = 320;
  /** A day and month without a year count only in the dateline and first words ("Ngày 1/7, ..."). */
  static final int DATELINE_REACH = 120;
  /** Releases reach us late (backfills, features), but not by more than about a year. */
  static final int MAX_DAYS_BEFORE_ARRIVAL = 400;
  /** A day-month this far after the arrival belongs to the previous year. */
  private static final int YEAR_TURN_DAYS = 180;

  private static final Map<String, Integer> MONTHS = loadMonths();
  private static final String MONTH = monthAlternation();
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  /** 12 November 2022, 12. November, 27 de marzo de 2024, 1er juin, 15 sep. */
  private static final Pattern DAY_MONTH = Pattern.compile(
      "(?<![\\d/])(\\d{1,2})(?:\\.|er|º|th|st|nd|rd)?\\s+(?:de\\s+)?(" + MONTH + ")\\.?(?![\\p{L}])"
      + "(?:,?\\s+(?:de\\s+)?((?:19|20)\\d\\d)\\b)?", CI);
  /** November 12, 2022; Nov 18; Sept. 10. */
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<![\\p{L}])(" + MONTH + ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d/:])(?:,?\\s+((?:19|20)\\d\\d)\\b)?", CI);
  /** 11/9, 18/11/2013, 10/3/2025: day first, as in every dateline language but American English. */
  private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.])(\\d{1,2})/(\\d{1,2})(?:/((?:19|20)\\d\\d))?(?![\\d/])");
  private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d\\d)-(\\d{2})-(\\d{2})\\b");
  private static final Pattern YEAR = Pattern.compile("\\b((?:19|20)\\d\\d)\\b");
  /**
   * Month abbreviations that are also common words ("10 out of 12", "set 10 goals", "may"): without a year
   * they count only where a dateline puts them, before a parenthesis, dash or comma ("30 out (Lusa) -").
   */
  private static final java.util.Set<String> WORDLIKE = java.util.Set.of("may", "mar", "set", "out", "des", "ago",
      "mai", "dec", "jan", "jun", "jul", "apr", "sep", "nov", "oct", "aug", "feb", "dic", "dez", "mei", "abr");
  private static final Pattern DATELINE_BREAK = Pattern.compile("[\\-\u2013\u2014:]|\\.\\s");
  private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:[()\\-\u2013\u2014,.:]|$)");

  private ReleaseDates() {
  }

  /**
   * @param metadata the date the source gave, or null
   * @param arrival  when the release reached us, or null
   * @return the release's date, or null when nothing gives one
   */
  static LocalDate resolve(LocalDate metadata, String body, LocalDate arrival) {
    if (metadata != null) {
      return metadata;
    }
    LocalDate stated = fromText(body, arrival);
    return stated != null ? stated : arrival;
  }

  /** The earliest date written in the opening of {@code body}, or null. */
  static LocalDate fromText(String body, LocalDate arrival) {
    if (body == null || body.isEmpty()) {
      return null;
    }
    String opening = body.substring(0, Math.min(body.length(), OPENING_REACH));
    List<Found> found = new ArrayList<>(4);
    Matcher m = ISO.matcher(opening);
    if (m.find()) {
      found.add(new Found(m.start(), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1)));
    }
    m = DAY_MONTH.matcher(opening);
    while (m.find()) {
      if (datelike(opening, m, m.group(2), m.group(3))) {
        found.add(new Found(m.start(), Integer.parseInt(m.group(1)), month(m.group(2)), m.group(3)));
        break;
      }
    }
    m = MONTH_DAY.matcher(opening);
    while (m.find()) {
      if (datelike(opening, m, m.group(1), m.group(3))) {
        found.add(new Found(m.start(), Integer.parseInt(m.group(2)), month(m.group(1)), m.group(3)));
        break;
      }
    }
    m = NUMERIC.matcher(opening);
    if (m.find()) {
      found.add(new Found(m.start(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
    }
    found.sort((a, b) -> Integer.compare(a.at(), b.at()));
    for (Found f : found) {
      if (f.year() == null && f.at() > DATELINE_REACH) {
        continue;
      }
      LocalDate date = f.toDate(body, arrival);
      // A full date in the dateline itself (before the dash that ends it: "PHNOM PENH, 12 November 2022 -") is
      // the release's own even long before its arrival (an archive published late); one in the text must also be
      // close to the arrival, else it is history ("Jakarta - 70 years ago, on 30 December 1955").
      boolean dateline = f.year() != null && f.at() <= DATELINE_REACH
          && !DATELINE_BREAK.matcher(opening.substring(0, f.at())).find();
      if (date != null && (arrival == null || (dateline ? !date.isAfter(arrival.plusDays(2))
          : plausibleBefore(date, arrival)))) {
        return date;
      }
    }
    return null;
  }

  /**
   * A date in the text is the release's only if it could be: not after the arrival, and not long before it
   * ("70 years ago, on 30 December 1955, ..." is history; the arrival is closer to the truth).
   */
  private static boolean plausibleBefore(LocalDate date, LocalDate arrival) {
    return !date.isAfter(arrival.plusDays(2)) && !date.isBefore(arrival.minusDays(MAX_DAYS_BEFORE_ARRIVAL));
  }

  private static boolean datelike(String opening, Matcher m, String monthName, String year) {
    return year != null || !WORDLIKE.contains(monthName.toLowerCase(Locale.ROOT))
        || DATELINE_END.matcher(opening.substring(m.end())).find();
  }

  private record Found(int at, int day, int month, String year) {
    LocalDate toDate(String body, LocalDate arrival) {
      try {
        if (year != null) {
          return LocalDate.of(Integer.parseInt(year), month, day);
        }
        if (arrival != null) {
          // "10 September" arriving in January is last year's.
          LocalDate date = LocalDate.of(arrival.getYear(), month, day);
          if (!date.isAfter(arrival.plusDays(2))) {
            return date;
          }
          // "10 December" arriving in early January is last year's; a date weeks ahead is a plan, not a dateline.
          return date.isAfter(arrival.plusDays(YEAR_TURN_DAYS)) ? date.minusYears(1) : null;
        }
        int contextYear = contextYear(body);
        return contextYear < 0 ? null : LocalDate.of(contextYear, month, day);
      } catch (DateTimeException e) {
        return null;
      }
    }
  }

  /**
   * Without an arrival time the year the text names most often is the best guess of "now" (the latest year
   * is often a target: "by 2030"); a tie goes to the later year.
   */
  private static int contextYear(String body) {
    Map<Integer, Integer> counts = new HashMap<>();
    Matcher m = YEAR.matcher(body);
    while (m.find()) {
      counts.merge(Integer.parseInt(m.group(1)), 1, Integer::sum);
    }
    int best = -1;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (best < 0 || e.getValue() > counts.get(best) || e.getValue().equals(counts.get(best)) && e.getKey() > best) {
        best = e.getKey();
      }
    }
    return best;
  }

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    Integer month = MONTHS.get(key);
    return month != null ? month : MONTHS.getOrDefault(TextNormalizer.stripAccents(key), 0);
  }

  private static Map<String, Integer> loadMonths() {
    Map<String, Integer> months = new HashMap<>();
    for (String[] row : TsvResource.read("months.tsv", 2)) {
      int number = Integer.parseInt(row[0]);
      for (String name : TsvResource.list(row[1])) {
        months.put(name, number);
        months.put(TextNormalizer.stripAccents(name), number);
      }
    }
    return Map.copyOf(months);
  }

  /** Longest names first, so "sept" is not read as "sep" and "t". */
  private static String monthAlternation() {
    return MONTHS.keySet().stream().sorted((a, b) -> b.length() - a.length()).map(Pattern::quote)
        .reduce((a, b) -> a + "|" + b).orElseThrow();
  }
}
