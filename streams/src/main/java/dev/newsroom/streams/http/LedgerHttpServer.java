package dev.newsroom.streams.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.newsroom.streams.LedgerView;
import dev.newsroom.streams.StreamsHealth;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the pair ledger of the running topology as JSON: {@code GET /ledger} (every pair, sorted) and
 * {@code GET /ledger/JP-KH} (one pair, {@code 404} when unknown). Every instance answers for every pair: a pair
 * another instance hosts is asked of it (the instances advertise their address as {@code application.server}),
 * and the whole ledger is this instance's entries plus each other's own ({@code GET /ledger?local=true}); if one
 * of them does not answer, the whole ledger is a {@code 503} naming it, never a silently partial list. The JDK's
 * own HTTP server is enough for a few read-only routes. The same server answers for the instance's health:
 * {@code GET /health/live} and {@code GET /health/ready} ({@code 200} or {@code 503} with the state in the body),
 * and {@code GET /metrics} when given a handler for it.
 */
public final class LedgerHttpServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(LedgerHttpServer.class);

  /**
   * A request may wait up to the peers' timeout on another instance: with several threads the health routes
   * still answer meanwhile, and two instances forwarding to each other at once never wait on each other's only
   * thread (the JDK server's default is one).
   */
  static final int HANDLER_THREADS = 8;

  private final HttpServer server;
  private final ExecutorService handlers;
  private final LedgerPeers peers = new LedgerPeers();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Binds and starts with no routes yet: the bound {@link #port()} (port 0 picks one) is then known, for the
   * address the topology advertises before it starts; {@link #withLedger} adds the ledger once it runs.
   */
  public LedgerHttpServer(String host, int port) throws IOException {
    server = HttpServer.create(new InetSocketAddress(host, port), 0);
    AtomicInteger threads = new AtomicInteger();
    handlers = Executors.newFixedThreadPool(HANDLER_THREADS, task -> {
      Thread thread = new Thread(task, "ledger-http-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(handlers);
    server.start();
  }

  public LedgerHttpServer(String host, int port, LedgerView ledger) throws IOException {
    this(host, port);
    withLedger(ledger);
  }

  /** Adds {@code /ledger}. */
  public LedgerHttpServer withLedger(LedgerView ledger) {
    server.createContext("/ledger", exchange -> handle(exchange, ledger));
    log.info("ledger served at http://{}:{}/ledger{}", server.getAddress().getHostString(), port(),
        ledger.self().map(self -> ", advertised to the other instances as " + LedgerPeers.address(self)).orElse(""));
    return this;
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

  private void handle(HttpExchange exchange, LedgerView ledger) throws IOException {
    try (exchange) {
      if (!"GET".equals(exchange.getRequestMethod())) {
        send(exchange, 405, error("only GET is served"));
        return;
      }
      String rest = exchange.getRequestURI().getPath().substring("/ledger".length()).replaceAll("^/+|/+$", "");
      boolean forwarded = exchange.getRequestHeaders().containsKey(LedgerPeers.FORWARDED_HEADER);
      try {
        if (rest.isEmpty()) {
          boolean localOnly = forwarded || "local=true".equals(exchange.getRequestURI().getQuery());
          answerAll(exchange, ledger, localOnly);
        } else {
          answerPair(exchange, ledger, LedgerView.canonical(rest), forwarded);
        }
      } catch (IllegalArgumentException e) {
        send(exchange, 400, error(e.getMessage()));
      } catch (IllegalStateException e) {
        send(exchange, 503, error(e.getMessage()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        send(exchange, 503, error("interrupted"));
      }
    }
  }

  private void answerPair(HttpExchange exchange, LedgerView ledger, String pair, boolean forwarded)
      throws IOException, InterruptedException {
    LedgerRoute route = LedgerRoute.forPair(ledger.self(), ledger.hostOf(pair), forwarded);
    if (route instanceof LedgerRoute.Forward forward) {
      LedgerPeers.Answer answer;
      try {
        answer = peers.forward(forward.to(), "/ledger/" + pair);
      } catch (IOException e) {
        send(exchange, 503, error("the instance hosting " + pair + ", " + LedgerPeers.address(forward.to())
            + ", did not answer: " + e));
        return;
      }
      log.debug("ledger {} answered by {}", pair, LedgerPeers.address(forward.to()));
      send(exchange, answer.status(), answer.body());
    } else if (route instanceof LedgerRoute.Unavailable unavailable) {
      send(exchange, 503, error(unavailable.reason()));
    } else {
      var level = ledger.get(pair);
      send(exchange, level.isPresent() ? 200 : 404,
          level.<JsonNode>map(LedgerJson::toNode).orElse(error("no ledger entry for " + pair)));
    }
  }

  private void answerAll(HttpExchange exchange, LedgerView ledger, boolean localOnly) throws IOException {
    List<JsonNode> entries = new ArrayList<>();
    ledger.all().forEach(level -> entries.add(LedgerJson.toNode(level)));
    Optional<HostInfo> self = ledger.self();
    if (localOnly || self.isEmpty()) {
      send(exchange, 200, LedgerMerge.merge(entries));
      return;
    }
    List<HostInfo> others = ledger.hosts().stream().filter(host -> !host.equals(self.get())).toList();
    LedgerPeers.Gathered gathered = peers.localEntries(others);
    if (!gathered.unreachable().isEmpty()) {
      ObjectNode body = error("the ledger is incomplete: " + gathered.unreachable().size() + " of "
          + (others.size() + 1) + " instances did not answer; retry shortly");
      gathered.unreachable().forEach(body.putArray("unreachable")::add);
      send(exchange, 503, body);
      return;
    }
    entries.addAll(gathered.entries());
    send(exchange, 200, LedgerMerge.merge(entries));
  }

  private static ObjectNode error(String message) {
    return LedgerJson.JSON.valueToTree(Map.of("error", message));
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    send(exchange, status, LedgerJson.JSON.writeValueAsBytes(body));
  }

  private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Stops serving; closing again does nothing. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.stop(0);
      handlers.shutdownNow();
    }
  }
}
