package dev.newsroom.producer;

import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.SourceKind;
import java.util.Locale;

/** Source name and kind given on the command line, for releases that do not name their own. */
public record SourceDefaults(String name, SourceKind kind) {

  public static SourceDefaults of(String name, String kind) {
    return new SourceDefaults(name == null || name.isBlank() ? "unknown" : name.strip(), parseKind(kind));
  }

  /** Parses a kind such as {@code ministry} or {@code NEWSPAPER}; fails with the accepted values otherwise. */
  public static SourceKind parseKind(String kind) {
    if (kind == null || kind.isBlank()) {
      return SourceKind.OTHER;
    }
    try {
      return SourceKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown source kind '" + kind + "'; use one of "
          + java.util.Arrays.stream(SourceKind.values()).map(k -> k.name().toLowerCase(Locale.ROOT)).toList());
    }
  }

  public ReleaseSource toSource() {
    return new ReleaseSource(name, kind);
  }
}
