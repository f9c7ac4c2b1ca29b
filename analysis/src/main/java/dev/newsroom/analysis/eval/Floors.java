package dev.newsroom.analysis.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Quality floors an evaluation must meet, written as {@code pair=0.97,upgrade.p=0.97,upgrade.r=0.95,...}.
 *
 * <p>Keys: {@code pair} (primary pair accuracy), {@code upgrade.p|r|f1}, {@code to-level} (accuracy on the
 * moves found), {@code representation.p|r|f1}, and {@code lang.f1} (upgrade F1 in every language that has a
 * labelled move).
 */
public final class Floors {

  /** Every key a floor may have, in report order. */
  public static final List<String> KEYS = List.of("pair", "upgrade.p", "upgrade.r", "upgrade.f1", "to-level",
      "representation.p", "representation.r", "representation.f1", "lang.f1");

  private final Map<String, Double> floors;

  private Floors(Map<String, Double> floors) {
    this.floors = floors;
  }

  /** @throws IllegalArgumentException on an unknown key or a value outside 0..1 */
  public static Floors parse(String spec) {
    Map<String, Double> floors = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return new Floors(floors);
    }
    for (String part : spec.split(",")) {
      String[] kv = part.split("=", -1);
      if (kv.length != 2 || !KEYS.contains(kv[0].trim().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("bad floor '" + part.trim() + "': expected KEY=VALUE with KEY one of "
            + String.join(", ", KEYS));
      }
      double value;
      try {
        value = Double.parseDouble(kv[1].trim());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bad floor value in '" + part.trim() + "'", e);
      }
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("a floor is between 0 and 1: '" + part.trim() + "'");
      }
      floors.put(kv[0].trim().toLowerCase(Locale.ROOT), value);
    }
    return new Floors(floors);
  }

  public boolean isEmpty() {
    return floors.isEmpty();
  }

  /** One line per floor not met, e.g. {@code "upgrade.r 0.812 < 0.950"}; empty when all are met. */
  public List<String> failures(EvalReport report) {
    List<String> failures = new ArrayList<>();
    floors.forEach((key, floor) -> {
      if (key.equals("lang.f1")) {
        report.upgradeByLanguage().forEach((lang, c) -> {
          if (c.tp() + c.fn() > 0 && c.f1() < floor) {
            failures.add(line("upgrade.f1[" + lang + "]", c.f1(), floor));
          }
        });
        return;
      }
      double value = value(report, key);
      if (value < floor) {
        failures.add(line(key, value, floor));
      }
    });
    return failures;
  }

  private static double value(EvalReport report, String key) {
    return switch (key) {
      case "pair" -> report.accuracy(Evaluation.PRIMARY_PAIR);
      case "upgrade.p" -> report.of(Evaluation.UPGRADE).precision();
      case "upgrade.r" -> report.of(Evaluation.UPGRADE).recall();
      case "upgrade.f1" -> report.of(Evaluation.UPGRADE).f1();
      case "to-level" -> report.accuracy(Evaluation.TO_LEVEL);
      case "representation.p" -> report.of(Evaluation.REPRESENTATION).precision();
      case "representation.r" -> report.of(Evaluation.REPRESENTATION).recall();
      case "representation.f1" -> report.of(Evaluation.REPRESENTATION).f1();
      default -> throw new IllegalStateException("unknown floor " + key);
    };
  }

  private static String line(String key, double value, double floor) {
    return String.format(Locale.ROOT, "%s %.3f < %.3f", key, value, floor);
  }
}
