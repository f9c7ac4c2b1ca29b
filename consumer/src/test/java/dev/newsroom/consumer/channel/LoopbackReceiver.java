package dev.newsroom.consumer.channel;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP receiver on loopback that answers the given statuses in turn (the last one from then on). */
final class LoopbackReceiver implements AutoCloseable {

  record Request(Headers headers, String body, Instant at) {}

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  LoopbackReceiver(int... statuses) throws IOException {
    AtomicInteger calls = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.add(new Request(exchange.getRequestHeaders(),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Instant.now()));
      int status = statuses[Math.min(calls.getAndIncrement(), statuses.length - 1)];
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
