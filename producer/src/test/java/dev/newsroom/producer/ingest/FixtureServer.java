package dev.newsroom.producer.ingest;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A loopback HTTP server serving fixtures written by the tests, recording every request it got. */
final class FixtureServer implements AutoCloseable {

  /**
   * A request as the server saw it. It is recorded when it arrives, before it is answered, so that a client
   * that has its answer always finds its request here; the status is read from the exchange, where it is set
   * as the response headers go out (-1 while unanswered).
   */
  record Request(String path, Headers headers, HttpExchange exchange) {
    int status() {
      return exchange.getResponseCode();
    }
  }

  @FunctionalInterface
  interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Handler> handlers = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  FixtureServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", exchange -> {
      try (exchange) {
        requests.add(new Request(exchange.getRequestURI().getPath(), exchange.getRequestHeaders(), exchange));
        Handler handler = handlers.get(exchange.getRequestURI().getPath());
        if (handler == null) {
          exchange.sendResponseHeaders(404, -1);
        } else {
          handler.handle(exchange);
        }
      } catch (IOException e) {
        // the client gave up (a timeout test): nothing to do
      }
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void on(String path, Handler handler) {
    handlers.put(path, handler);
  }

  /** Serves {@code body} with an ETag, answering 304 to a request that sends it back. */
  void serve(String path, String contentType, String body, String etag) {
    on(path, exchange -> {
      if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      if (etag != null) {
        exchange.getResponseHeaders().set("ETag", etag);
      }
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    });
  }

  void serveBytes(String path, String contentType, byte[] bytes) {
    on(path, exchange -> {
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
    });
  }

  List<Request> requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
