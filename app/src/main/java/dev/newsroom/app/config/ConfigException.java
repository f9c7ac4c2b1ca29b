package dev.newsroom.app.config;

/** A setting that cannot be used, named with the reason. */
public final class ConfigException extends IllegalArgumentException {

  public ConfigException(String key, String reason) {
    super("configuration: " + key + " " + reason);
  }

  /** For a problem whose message already names the setting. */
  public ConfigException(String message) {
    super("configuration: " + message);
  }
}
