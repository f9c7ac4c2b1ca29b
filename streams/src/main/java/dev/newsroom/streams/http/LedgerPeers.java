package dev.newsroom.streams.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Asks the other instances of the topology over HTTP, with short timeouts: an instance that does not answer
 * quickly makes the answer a 503 rather than a hanging request. Every request carries
 * {@link #FORWARDED_HEADER}, so the instance asked answers from its own store only.
 */
final class LedgerPeers {

  /** Set on a request one instance sends another: answer it locally, never pass it on. */
  static final String FORWARDED_HEADER = "X-Newsroom-Forwarded";

  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);

  /** An instance's answer: its status and JSON body, passed on as they are. */
  record Answer(int status, byte[] body) {}

  /** The instances that did not answer {@link #localEntries}, and what the others did. */
  record Gathered(List<JsonNode> entries, List<String> unreachable) {}

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

  /** {@code GET path} on {@code host}; throws IOException when it does not answer in time. */
  Answer forward(HostInfo host, String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = client.send(request(host, path), HttpResponse.BodyHandlers.ofByteArray());
    return new Answer(response.statusCode(), response.body());
  }

  /** Each host's own entries ({@code GET /ledger?local=true}), asked all at once. */
  Gathered localEntries(List<HostInfo> hosts) {
    Map<HostInfo, CompletableFuture<HttpResponse<byte[]>>> asked = new LinkedHashMap<>();
    for (HostInfo host : hosts) {
      asked.put(host, client.sendAsync(request(host, "/ledger?local=true"), HttpResponse.BodyHandlers.ofByteArray()));
    }
    List<JsonNode> entries = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    asked.forEach((host, answer) -> {
      try {
        HttpResponse<byte[]> response = answer.join();
        JsonNode body = LedgerJson.JSON.readTree(response.body());
        if (response.statusCode() != 200 || !body.isArray()) {
          unreachable.add(address(host) + " (HTTP " + response.statusCode() + ": "
              + body.path("error").asText("not a ledger") + ")");
          return;
        }
        body.forEach(entries::add);
      } catch (CompletionException | IOException e) {
        unreachable.add(address(host) + " (" + (e.getCause() == null ? e : e.getCause()) + ")");
      }
    });
    return new Gathered(entries, unreachable);
  }

  static String address(HostInfo host) {
    return (host.host().contains(":") ? "[" + host.host() + "]" : host.host()) + ":" + host.port();
  }

  private static HttpRequest request(HostInfo host, String path) {
    return HttpRequest.newBuilder(URI.create("http://" + address(host) + path))
        .timeout(REQUEST_TIMEOUT)
        .header(FORWARDED_HEADER, "1")
        .GET()
        .build();
  }
}
