package dev.newsroom.analysis;

import java.util.Locale;
import java.util.Objects;

/**
 * How far along an upgrade is, in the order it normally happens. A later stage is "stronger" evidence
 * that the upgrade is real.
 */
public enum Stage {
  PROPOSED("proposed"),
  AGREED("agreed"),
  ANNOUNCED("announced"),
  ESTABLISHED("established"),
  TOOK_EFFECT("took_effect");

  private final String label;

  Stage(String label) {
    this.label = label;
  }

  /** The lower-case wire name used in JSON and Avro, e.g. {@code "took_effect"}. */
  public String label() {
    return label;
  }

  /** Position on the way from proposal to effect; higher is further along. */
  public int order() {
    return ordinal();
  }

  /** Reads a wire label; the enum constant name is accepted too, in any case. */
  public static Stage fromLabel(String label) {
    Objects.requireNonNull(label, "label");
    String wanted = label.trim().toLowerCase(Locale.ROOT);
    for (Stage stage : values()) {
      if (stage.label.equals(wanted)) {
        return stage;
      }
    }
    throw new IllegalArgumentException("unknown stage label: " + label);
  }
}
