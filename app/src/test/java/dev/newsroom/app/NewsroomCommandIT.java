package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The publish and alerts commands as a user runs them, against a real broker. */
@ExtendWith(PipelineExtension.class)
class NewsroomCommandIT {

  @TempDir
  Path dir;
  /** Set by {@link PipelineExtension} before each test. */
  private Pipeline pipeline;
  private HttpServer receiver;

  @AfterEach
  void stop() {
    if (receiver != null) {
      receiver.stop(0);
    }
  }

  private Cli newsroom(String command, List<String> more) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(pipeline.commandFlags());
    args.addAll(more);
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void shouldPublishGoodFilesAndReportBadOneWithNonZeroExit() throws IOException {
    Path inbox = Files.createDirectories(dir.resolve("inbox"));
    Files.writeString(inbox.resolve("a.txt"), "Ministers of two countries met on Monday in Hanoi.");
    Files.writeString(inbox.resolve("b.jsonl"), """
        {"id":"line-1","text":"Second release text","source":"Wire","kind":"agency"}
        {"id":"line-2"}
        """);

    Cli result = newsroom("publish", List.of("--source", "Desk", "--kind", "ministry", inbox.toString()));

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("FAILED " + inbox.resolve("b.jsonl") + ":2: missing \"text\"");
    assertThat(result.out().strip()).endsWith("published 2 releases, 1 failed");
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(pipeline.tagged.values())
        .extracting(release -> release.getId()).contains("line-1").hasSize(2));
  }

  @Test
  void shouldPrintAlertsAsJsonAndPostThemToWebhook() throws IOException {
    List<String> posted = new CopyOnWriteArrayList<>();
    receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext("/alerts", exchange -> {
      posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    receiver.start();
    pipeline.publish("ministry", SeedPipelineIT.MINISTRY);
    pipeline.publish("newspaper", SeedPipelineIT.NEWSPAPER);
    await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
        assertThat(pipeline.latestAlerts().values()).singleElement()
            .satisfies(alert -> assertThat(alert.getSources()).hasSize(2)));

    Cli result = newsroom("alerts", List.of("--json", "--from-beginning", "--idle-exit", "3",
        "--webhook", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/alerts"));

    assertThat(result.exitCode()).as(result.err()).isZero();
    List<JsonNode> lines = new ArrayList<>();
    for (String line : result.out().strip().split("\n")) {
      lines.add(new ObjectMapper().readTree(line));
    }
    assertThat(lines).hasSize(pipeline.alerts.values().size());
    JsonNode latest = lines.get(lines.size() - 1);
    assertThat(latest.get("pair").toString()).isEqualTo("[\"JP\",\"KH\"]");
    assertThat(latest.get("to_level").asText()).isEqualTo("comprehensive strategic partnership");
    assertThat(latest.get("from_level").asText()).isEqualTo("strategic partnership");
    assertThat(latest.get("stage").asText()).isEqualTo("agreed");
    assertThat(latest.get("sources")).hasSize(2);
    assertThat(latest.get("sources").get(0).has("release_id")).isTrue();
    assertThat(posted).hasSize(lines.size());
    assertThat(posted.get(posted.size() - 1)).contains(latest.get("alert_id").asText());

    Cli again = newsroom("alerts", List.of("--json", "--idle-exit", "2"));
    assertThat(again.out()).as("offsets were committed after delivery").isBlank();
  }

  @Test
  void shouldFailFastWithClearMessageOnBadConfiguration() {
    Cli result = newsroom("publish", List.of("--set", "newsroom.dedup.retention=forever", "x.txt"));

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("newsroom.dedup.retention").contains("is not a duration");
  }
}
