package dev.newsroom.schemas;

import java.util.Locale;

/**
 * The lower-case names under which the schemas' enum symbols appear in JSON, desk files and messages
 * ({@code Stage.TOOK_EFFECT} is {@code "took_effect"}, {@code Direction.DOWNGRADE} is {@code "downgrade"}).
 */
public final class WireNames {

  private WireNames() {}

  /** The wire name of a symbol, or {@code null} for {@code null}. */
  public static String of(Enum<?> symbol) {
    return symbol == null ? null : symbol.name().toLowerCase(Locale.ROOT);
  }
}
