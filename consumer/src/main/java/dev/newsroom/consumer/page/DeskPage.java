package dev.newsroom.consumer.page;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.AlertAcknowledgement;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live desk page (Javalin): {@code GET /} the page; {@code GET /api/alerts} the alerts newest first as JSON,
 * filtered by {@code country}, {@code pair}, {@code level}, {@code direction}, {@code stage} and
 * {@code unacknowledged=true};
 * {@code GET /api/events} server-sent events ({@code alert}, the alert's JSON) on every new version or
 * acknowledgement; {@code POST /api/alerts/{id}/ack} with {@code {"by": "..."}} acknowledges the version shown.
 * Every {@code /api} call needs the token, as {@code Authorization: Bearer TOKEN} or {@code ?token=TOKEN} (an
 * EventSource cannot send headers).
 */
public final class DeskPage implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeskPage.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Javalin app;

  private DeskPage(Javalin app) {
    this.app = app;
  }

  /** @param port 0 for any free port */
  public static DeskPage start(DeskBoard board, Acknowledger acknowledger, String token, String host, int port,
      Clock clock) {
    PageToken secret = new PageToken(token);
    String html = resource("desk.html");
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.jetty.host = host;
      config.jetty.port = port;
      config.routes.before("/api/*", ctx -> {
        if (!secret.matches(tokenOf(ctx))) {
          throw new UnauthorizedResponse("a valid token is needed");
        }
      });
      config.routes.get("/", ctx -> ctx.contentType("text/html; charset=utf-8").result(html));
      config.routes.get("/api/alerts", ctx -> ctx.contentType("application/json")
          .result(JSON.writeValueAsString(board.view(filter(ctx)))));
      config.routes.post("/api/alerts/{id}/ack", ctx -> acknowledge(ctx, board, acknowledger, clock));
      config.routes.sse("/api/events", client -> {
        client.keepAlive();
        Predicate<ObjectNode> filter = filter(client.ctx());
        Runnable unsubscribe = board.subscribe(node -> {
          if (filter.test(node)) {
            client.sendEvent("alert", node.toString());
          }
        });
        client.onClose(unsubscribe);
      });
    }).start();
    log.info("desk page at http://{}:{}/", host, app.port());
    return new DeskPage(app);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + app.port() + "/");
  }

  private static void acknowledge(Context ctx, DeskBoard board, Acknowledger acknowledger, Clock clock)
      throws Exception {
    Alert alert = board.alert(ctx.pathParam("id"));
    if (alert == null) {
      ctx.status(404).result("no such alert");
      return;
    }
    String by = "desk";
    if (!ctx.body().isBlank()) {
      JsonNode body = JSON.readTree(ctx.body());
      if (body.hasNonNull("by") && !body.get("by").asText().isBlank()) {
        by = body.get("by").asText().strip();
      }
    }
    AlertAcknowledgement ack = new AlertAcknowledgement(alert.getAlertId(), alert.getVersion(),
        by.length() > 100 ? by.substring(0, 100) : by, clock.instant());
    acknowledger.acknowledge(ack);
    board.acknowledged(ack);
    log.debug("alert {} v{} acknowledged by {}", ack.getAlertId(), ack.getVersion(), ack.getBy());
    ctx.status(201).contentType("application/json").result(board.node(alert.getAlertId()).toString());
  }

  static Predicate<ObjectNode> filter(Context ctx) {
    String country = upper(ctx.queryParam("country"));
    String direction = lower(ctx.queryParam("direction"));
    String stage = lower(ctx.queryParam("stage"));
    String pair = upper(ctx.queryParam("pair"));
    String level = lower(ctx.queryParam("level"));
    boolean unacknowledged = "true".equals(ctx.queryParam("unacknowledged"));
    return node -> (country == null || node.get("pair").toString().contains("\"" + country + "\""))
        && (pair == null || pairKey(node).equals(canonicalPair(pair)))
        && (level == null || node.get("to_level").asText().contains(level)
            || node.path("from_level").asText().contains(level))
        && (direction == null || direction.equals(node.get("direction").asText()))
        && (stage == null || stage.equals(node.get("stage").asText()))
        && (!unacknowledged || node.get("acknowledged").isNull());
  }

  private static String pairKey(ObjectNode node) {
    return node.get("pair").get(0).asText() + "-" + node.get("pair").get(1).asText();
  }

  /** {@code kh-jp}, {@code KH JP} → {@code JP-KH}, as pairs are written: codes sorted. */
  static String canonicalPair(String pair) {
    String[] codes = pair.split("[-_/ ]+");
    if (codes.length != 2) {
      return pair;
    }
    return codes[0].compareTo(codes[1]) <= 0 ? codes[0] + "-" + codes[1] : codes[1] + "-" + codes[0];
  }

  private static String tokenOf(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.startsWith("Bearer ")) {
      return header.substring("Bearer ".length()).strip();
    }
    return ctx.queryParam("token");
  }

  private static String upper(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  private static String lower(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
  }

  private static String resource(String name) {
    try (InputStream in = DeskPage.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
