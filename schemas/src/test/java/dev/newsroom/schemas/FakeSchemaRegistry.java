package dev.newsroom.schemas;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two routes of a Confluent-compatible registry that the wire format uses, in this JVM on loopback: ids are
 * given per distinct schema text (as a registry does), and every request is recorded so that tests can count them.
 */
final class FakeSchemaRegistry implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REGISTER = Pattern.compile("/subjects/([^/]+)/versions");
  private static final Pattern BY_ID = Pattern.compile("/schemas/ids/(\\d+)");

  private final HttpServer server;
  private final Map<String, Integer> ids = new ConcurrentHashMap<>();
  private final Map<Integer, String> schemas = new ConcurrentHashMap<>();
  final Map<String, List<Integer>> subjects = new ConcurrentHashMap<>();
  final List<String> requests = new CopyOnWriteArrayList<>();

  FakeSchemaRegistry() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Registers a schema as another writer would have, returning its id. */
  int put(String subject, String schema) {
    int id = ids.computeIfAbsent(schema, text -> {
      int next = 100 + schemas.size() + 1;
      schemas.put(next, text);
      return next;
    });
    subjects.computeIfAbsent(subject, s -> new CopyOnWriteArrayList<>()).add(id);
    return id;
  }

  long count(String method, String pathPrefix) {
    return requests.stream().filter(r -> r.startsWith(method + " " + pathPrefix)).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    requests.add(exchange.getRequestMethod() + " " + path);
    Matcher register = REGISTER.matcher(path);
    Matcher byId = BY_ID.matcher(path);
    if ("POST".equals(exchange.getRequestMethod()) && register.matches()) {
      String schema = JSON.readTree(exchange.getRequestBody()).get("schema").asText();
      answer(exchange, 200, Map.of("id", put(register.group(1), schema)));
    } else if ("GET".equals(exchange.getRequestMethod()) && byId.matches()
        && schemas.containsKey(Integer.parseInt(byId.group(1)))) {
      answer(exchange, 200, Map.of("schema", schemas.get(Integer.parseInt(byId.group(1)))));
    } else {
      answer(exchange, 404, Map.of("error_code", 40403, "message", "Schema not found"));
    }
  }

  private static void answer(HttpExchange exchange, int status, Object body) throws IOException {
    byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/vnd.schemaregistry.v1+json");
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
