package dev.newsroom.consumer.channel;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP receiver on loopback that records every request with the moment it arrived and answers the given
 * statuses in turn (the last one from then on), at once or after a delay (scheduled, so that a slow answer holds
 * no thread, e.g. to keep a batch in flight). Shared by the consumer's and the app's tests (the consumer test jar).
 */
public final class LoopbackReceiver implements AutoCloseable {

  /** @param receivedNanos {@link System#nanoTime} on arrival, for latencies */
  public record Request(Headers headers, String body, Instant at, long receivedNanos) {}

  public final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ScheduledExecutorService answers = Executors.newSingleThreadScheduledExecutor(runnable -> {
    Thread thread = new Thread(runnable, "loopback-receiver");
    thread.setDaemon(true);
    return thread;
  });

  public LoopbackReceiver(int... statuses) throws IOException {
    this(Duration.ZERO, statuses);
  }

  private LoopbackReceiver(Duration delay, int... statuses) throws IOException {
    AtomicInteger calls = new AtomicInteger();
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      long now = System.nanoTime();
      requests.add(new Request(exchange.getRequestHeaders(),
          new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8), Instant.now(), now));
      int status = statuses[Math.min(calls.getAndIncrement(), statuses.length - 1)];
      if (delay.isZero()) {
        answer(exchange, status);
      } else {
        answers.schedule(() -> answer(exchange, status), delay.toNanos(), TimeUnit.NANOSECONDS);
      }
    });
    server.start();
  }

  /** A receiver that answers 204 to everything, each after {@code delay}. */
  public static LoopbackReceiver answeringAfter(Duration delay) throws IOException {
    return new LoopbackReceiver(delay, 204);
  }

  private static void answer(HttpExchange exchange, int status) {
    try {
      exchange.sendResponseHeaders(status, -1);
    } catch (IOException e) {
      // the sender went away (e.g. was killed) before the answer: it counts as not delivered
    } finally {
      exchange.close();
    }
  }

  public URI uri() {
    return URI.create(url());
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  @Override
  public void close() {
    server.stop(0);
    answers.shutdownNow();
  }
}
