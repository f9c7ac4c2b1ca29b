package dev.newsroom.producer.ingest;

/**
 * The push endpoint: {@code POST /releases} on {@code host} ({@value #LOOPBACK} unless configured: reachable
 * from this machine only) and {@code port} (0 picks a free one), bearer {@code token} (or the environment
 * variable named by {@code token_env}), bodies up to {@code max_body_bytes}; releases that do not name their
 * source get {@code source} and {@code kind}.
 */
public record PushSettings(Integer port, String host, String token, String tokenEnv, Long maxBodyBytes,
    String source, String kind) {

  public static final String LOOPBACK = "127.0.0.1";

  public PushSettings {
    IngestConfig.require(port != null, "push.port is required");
    IngestConfig.require(port >= 0 && port <= 65535, "push.port must be 0..65535, got " + port);
    host = host == null || host.isBlank() ? LOOPBACK : host.strip();
    if ((token == null || token.isBlank()) && tokenEnv != null && !tokenEnv.isBlank()) {
      String variable = tokenEnv.strip();
      // NEWSROOM_* and KAFKA_* variables are read as settings: a secret there would stop every command.
      IngestConfig.require(!variable.startsWith("NEWSROOM_") && !variable.startsWith("KAFKA_"),
          "push.token_env " + variable + " must not start with NEWSROOM_ or KAFKA_ (those variables are read as "
              + "settings); use e.g. INGEST_PUSH_TOKEN");
      token = System.getenv(variable);
      IngestConfig.require(token != null && !token.isBlank(), "push.token_env names " + tokenEnv + ", which is not set");
    }
    IngestConfig.require(token != null && !token.isBlank(), "push.token (or push.token_env) is required");
    IngestConfig.require(token.strip().length() >= 16, "push.token must be at least 16 characters");
    token = token.strip();
    maxBodyBytes = maxBodyBytes != null ? maxBodyBytes : 1024L * 1024;
    IngestConfig.require(maxBodyBytes > 0, "push.max_body_bytes must be positive");
    source = source == null || source.isBlank() ? "push" : source.strip();
    dev.newsroom.producer.SourceDefaults.parseKind(kind);
  }

  @Override
  public String toString() {
    return "PushSettings[port=" + port + ", host=" + host + ", token=***, maxBodyBytes=" + maxBodyBytes + "]";
  }
}
