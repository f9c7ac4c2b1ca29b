package dev.newsroom.app;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP receiver on loopback that records each request with the moment it arrived ({@link System#nanoTime})
 * and answers 204 after the given delay (scheduled, so a slow answer holds no thread), e.g. to keep a batch in
 * flight.
 */
final class TimedReceiver implements AutoCloseable {

  record Request(Headers headers, String body, long receivedNanos) {}

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "timed-receiver");
    thread.setDaemon(true);
    return thread;
  });

  TimedReceiver(Duration delay) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      long now = System.nanoTime();
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      requests.add(new Request(exchange.getRequestHeaders(), body, now));
      answers.schedule(() -> {
        try {
          exchange.sendResponseHeaders(204, -1);
        } catch (IOException e) {
          // the sender went away (e.g. was killed) before the answer: it counts as not delivered
        } finally {
          exchange.close();
        }
      }, delay.toNanos(), TimeUnit.NANOSECONDS);
    });
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    server.stop(0);
    answers.shutdownNow();
  }
}
