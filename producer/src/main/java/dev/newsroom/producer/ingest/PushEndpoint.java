package dev.newsroom.producer.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsroom.producer.JsonReleaseReader;
import dev.newsroom.producer.PublishOutcome;
import dev.newsroom.producer.ReadItem;
import dev.newsroom.producer.SourceDefaults;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /releases}: one release or an array of them as JSON, with {@code Authorization: Bearer TOKEN}.
 * Answers {@code 201 {"ids":[...]}} once the broker acknowledged every release; {@code 401} without the right
 * token (compared in constant time), {@code 413} past {@code max_body_bytes}, {@code 400} with the reason for a
 * body that is not releases (nothing of it is published), {@code 503} when Kafka did not store them.
 * Built on the JDK's HTTP server: one endpoint needs no framework, and the jar stays small.
 */
public final class PushEndpoint implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PushEndpoint.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  public static final String PATH = "/releases";

  private final PushSettings settings;
  private final ReleaseSink sink;
  private final Clock clock;
  private final SourceStats stats;
  private final byte[] tokenDigest;
  private final SourceDefaults defaults;
  private HttpServer server;
  private ExecutorService executor;

  public PushEndpoint(PushSettings settings, ReleaseSink sink, Clock clock, SourceStats stats) {
    this.settings = settings;
    this.sink = sink;
    this.clock = clock;
    this.stats = stats;
    this.tokenDigest = sha256(settings.token());
    this.defaults = SourceDefaults.of(settings.source(), settings.kind());
  }

  public void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 50);
    executor = Executors.newFixedThreadPool(4, runnable -> {
      Thread thread = new Thread(runnable, "newsroom-push");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
    log.info("push endpoint listening on {}:{}{}", settings.host(), port(), PATH);
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!PATH.equals(exchange.getRequestURI().getPath())) {
        respond(exchange, 404, Map.of("error", "not found; POST releases to " + PATH));
      } else if (!"POST".equals(exchange.getRequestMethod())) {
        exchange.getResponseHeaders().set("Allow", "POST");
        respond(exchange, 405, Map.of("error", "use POST"));
      } else if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
        exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
        stats.refused("401 bad or missing token");
        respond(exchange, 401, Map.of("error", "missing or wrong bearer token"));
      } else {
        receive(exchange);
      }
    } catch (RuntimeException e) {
      log.error("push endpoint failed", e);
    }
  }

  private void receive(HttpExchange exchange) throws IOException {
    String length = exchange.getRequestHeaders().getFirst("Content-Length");
    byte[] body = length != null && parseLong(length) > settings.maxBodyBytes() ? null
        : readLimited(exchange.getRequestBody(), settings.maxBodyBytes());
    if (body == null) {
      stats.refused("413 body too large");
      respond(exchange, 413, Map.of("error", "body larger than " + settings.maxBodyBytes() + " bytes"));
      return;
    }
    List<ReadItem> items;
    try {
      items = read(new String(body, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      stats.refused("400 " + e.getMessage());
      respond(exchange, 400, Map.of("error", e.getMessage()));
      return;
    }
    List<PublishOutcome> outcomes = sink.publish(items);
    List<String> ids = outcomes.stream().map(PublishOutcome::releaseId).toList();
    List<String> refused = outcomes.stream().filter(o -> !o.isPublished()).map(PublishOutcome::error).toList();
    if (!refused.isEmpty()) {
      stats.refused("503 " + refused.get(0));
      respond(exchange, 503, Map.of("error", "Kafka did not store every release: " + refused.get(0), "ids", ids));
      return;
    }
    stats.pushed(ids.size());
    log.debug("push: published {}", ids);
    respond(exchange, 201, Map.of("ids", ids));
  }

  /** Every release of the body, or the reason it is not releases (then nothing is published). */
  private List<ReadItem> read(String body) {
    JsonNode root = JsonReleaseReader.parse(body);
    List<JsonNode> nodes = new ArrayList<>();
    if (root.isArray()) {
      root.forEach(nodes::add);
      if (nodes.isEmpty()) {
        throw new IllegalArgumentException("empty array: no releases");
      }
    } else {
      nodes.add(root);
    }
    List<ReadItem> items = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String where = root.isArray() ? "releases[" + i + "]" : "release";
      try {
        items.add(new ReadItem(where, JsonReleaseReader.read(nodes.get(i), defaults)
            .toRelease("push", clock.instant()), null));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage());
      }
    }
    return items;
  }

  boolean authorized(String header) {
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return false;
    }
    // Digests have one length whatever the token, so the comparison time tells nothing about it.
    return MessageDigest.isEqual(sha256(header.substring(7).strip()), tokenDigest);
  }

  private static byte[] readLimited(InputStream in, long limit) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    return bytes.length > limit ? null : bytes;
  }

  private static long parseLong(String value) {
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void respond(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
    byte[] bytes = JSON.writeValueAsBytes(new LinkedHashMap<>(body));
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    if (server != null) {
      server.stop(1);
      executor.shutdownNow();
    }
  }
}
