package dev.newsroom.streams.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.newsroom.streams.LedgerView;
import dev.newsroom.streams.StreamsHealth;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the pair ledger of the running topology as JSON: {@code GET /ledger} (every pair) and
 * {@code GET /ledger/JP-KH} (one pair, {@code 404} when unknown), from interactive queries. The JDK's own
 * HTTP server is enough for a few read-only routes. The same server answers for the instance's health:
 * {@code GET /health/live} and {@code GET /health/ready} ({@code 200} or {@code 503} with the state in the body),
 * and {@code GET /metrics}, Kafka Streams' metrics (lag, process rate, restore progress, rebalances) in the
 * Prometheus format, when those are given.
 */
public final class LedgerHttpServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LedgerHttpServer.class);

  private final HttpServer server;

  public LedgerHttpServer(String host, int port, LedgerView ledger) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 0);
    server.createContext("/ledger", exchange -> handle(exchange, ledger));
    server.start();
    log.info("ledger served at http://{}:{}/ledger", host, port());
  }

  /** Adds the health routes. */
  public LedgerHttpServer withHealth(StreamsHealth health) {
    server.createContext("/health/live", exchange -> answerHealth(exchange, health.live(), health));
    server.createContext("/health/ready", exchange -> answerHealth(exchange, health.ready(), health));
    return this;
  }

  /**
   * Adds {@code GET /metrics}, answered by the given handler (the app passes its Prometheus scrape handler, so
   * that this module needs no metrics library).
   */
  public LedgerHttpServer withMetrics(HttpHandler metrics) {
    server.createContext("/metrics", metrics);
    return this;
  }

  private static void answerHealth(HttpExchange exchange, boolean good, StreamsHealth health) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, error("only GET is served"));
        return;
      }
      send(exchange, good ? 200 : 503, LedgerJson.JSON.valueToTree(Map.of(
          "status", good ? "up" : "down", "state", health.state().name(), "detail", health.describe())));
    }
  }

  public int port() {
    return server.getAddress().getPort();
  }

  private static void handle(HttpExchange exchange, LedgerView ledger) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, error("only GET is served"));
        return;
      }
      String rest = exchange.getRequestURI().getPath().substring("/ledger".length()).replaceAll("^/+|/+$", "");
      try {
        if (rest.isEmpty()) {
          send(exchange, 200, LedgerJson.toArray(ledger.all()));
        } else {
          var level = ledger.get(rest);
          send(exchange, level.isPresent() ? 200 : 404,
              level.<JsonNode>map(LedgerJson::toNode).orElse(error("no ledger entry for " + LedgerView.canonical(rest))));
        }
      } catch (IllegalArgumentException e) {
        send(exchange, 400, error(e.getMessage()));
      } catch (IllegalStateException e) {
        send(exchange, 503, error(e.getMessage()));
      }
    }
  }

  private static JsonNode error(String message) {
    return LedgerJson.JSON.valueToTree(Map.of("error", message));
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = LedgerJson.JSON.writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
