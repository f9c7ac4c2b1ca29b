package dev.newsroom.consumer.page;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.delivery.AlertAcknowledgement;
import dev.newsroom.avro.delivery.AlertFeedback;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live desk page (Javalin). {@code GET /} the page. Every {@code /api} call needs the token, as
 * {@code Authorization: Bearer TOKEN} or {@code ?token=TOKEN} (an EventSource cannot send headers):
 * <ul>
 *   <li>{@code GET /api/alerts}: the alerts newest first as JSON, with the names of the pair, filtered as
 *       {@link DeskFilters} says;</li>
 *   <li>{@code GET /api/ledger}: every pair's current standing; {@code GET /api/screened}: the latest duplicates
 *       and rejected records; {@code GET /api/countries}: code → name;</li>
 *   <li>{@code GET /api/events}: server-sent events, {@code alert} (on every new version, acknowledgement or
 *       correction, filtered like the list), {@code ledger}, {@code duplicate} and {@code rejected};</li>
 *   <li>{@code POST /api/alerts/{id}/ack} with {@code {"by": "..."}} acknowledges the version shown;
 *       {@code POST /api/alerts/{id}/feedback} with {@code {"verdict": "not_a_move" | "wrong_pair" | "wrong_level"
 *       | "withdrawn", "note": "...", "by": "...", "correct_pair": "...", "correct_level": "..."}} marks it wrong.</li>
 * </ul>
 * A body that is not what a call takes is a 400 with a line saying why, never a 500.
 */
public final class DeskPage implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(DeskPage.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Javalin app;

  private DeskPage(Javalin app) {
    this.app = app;
  }

  /**
   * @param port 0 for any free port
   * @throws IllegalStateException when the port is taken, naming it
   */
  public static DeskPage start(DeskBoard board, Acknowledger acknowledger, FeedbackRecorder feedback, String token,
      String host, int port, Clock clock) {
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
      config.routes.get("/api/alerts", ctx -> json(ctx, board.view(filter(ctx, board))));
      config.routes.get("/api/ledger", ctx -> json(ctx, board.ledgerView()));
      config.routes.get("/api/screened", ctx -> json(ctx, board.screenedView()));
      config.routes.get("/api/countries", ctx -> json(ctx, board.names().all()));
      config.routes.post("/api/alerts/{id}/ack", ctx -> acknowledge(ctx, board, acknowledger, clock));
      config.routes.post("/api/alerts/{id}/feedback", ctx -> correct(ctx, board, feedback, clock));
      config.routes.sse("/api/events", client -> {
        client.keepAlive();
        Predicate<ObjectNode> filter = filter(client.ctx(), board);
        Runnable unsubscribe = board.subscribe((event, node) -> {
          if (!"alert".equals(event) || filter.test(node)) {
            client.sendEvent(event, node.toString());
          }
        });
        client.onClose(unsubscribe);
      });
    });
    try {
      app.start();
    } catch (RuntimeException e) {
      if (portInUse(e)) {
        throw new IllegalStateException("the desk page cannot listen on " + host + ":" + port
            + ": the port is in use by another program", e);
      }
      throw e;
    }
    log.info("desk page at http://{}:{}/", host, app.port());
    return new DeskPage(app);
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + app.port() + "/");
  }

  private static void json(Context ctx, Object value) throws IOException {
    ctx.contentType("application/json").result(JSON.writeValueAsString(value));
  }

  private static void acknowledge(Context ctx, DeskBoard board, Acknowledger acknowledger, Clock clock)
      throws Exception {
    Alert alert = board.alert(ctx.pathParam("id"));
    if (alert == null) {
      ctx.status(404).result("no such alert");
      return;
    }
    JsonNode body = body(ctx, "{\"by\": \"Mai\"}");
    if (body == null) {
      return;
    }
    String by = "desk";
    if (body.hasNonNull("by") && !body.get("by").asText().isBlank()) {
      by = body.get("by").asText().strip();
    }
    AlertAcknowledgement ack = new AlertAcknowledgement(alert.getAlertId(), alert.getVersion(),
        by.length() > 100 ? by.substring(0, 100) : by, clock.instant());
    acknowledger.acknowledge(ack);
    board.acknowledged(ack);
    log.debug("alert {} v{} acknowledged by {}", ack.getAlertId(), ack.getVersion(), ack.getBy());
    ctx.status(201).contentType("application/json").result(board.node(alert.getAlertId()).toString());
  }

  private static void correct(Context ctx, DeskBoard board, FeedbackRecorder recorder, Clock clock)
      throws Exception {
    Alert alert = board.alert(ctx.pathParam("id"));
    if (alert == null) {
      ctx.status(404).result("no such alert");
      return;
    }
    JsonNode body = body(ctx, "{\"verdict\": \"wrong_level\", \"note\": \"...\", \"by\": \"Mai\"}");
    if (body == null) {
      return;
    }
    AlertFeedback correction;
    try {
      correction = Corrections.of(alert, body, board.names(), clock.instant());
    } catch (IllegalArgumentException e) {
      ctx.status(400).contentType("text/plain; charset=utf-8").result(e.getMessage());
      return;
    }
    recorder.record(correction);
    board.corrected(correction);
    log.debug("alert {} v{} marked {} by {}", correction.getAlertId(), correction.getVersion(),
        correction.getVerdict(), correction.getBy());
    ctx.status(201).contentType("application/json").result(board.node(alert.getAlertId()).toString());
  }

  /**
   * The request's JSON object ({@code {}} for an empty body), or null after answering 400 with what was expected:
   * a person's typing mistake, not a server error.
   */
  private static JsonNode body(Context ctx, String example) {
    String text = ctx.body();
    if (text.isBlank()) {
      return JSON.createObjectNode();
    }
    try {
      JsonNode body = JSON.readTree(text);
      if (body != null && body.isObject()) {
        return body;
      }
    } catch (JsonProcessingException e) {
      // answered below
    }
    ctx.status(400).contentType("text/plain; charset=utf-8")
        .result("the body must be a JSON object such as " + example);
    return null;
  }

  static Predicate<ObjectNode> filter(Context ctx, DeskBoard board) {
    return DeskFilters.of(ctx::queryParam, board.names());
  }

  private static boolean portInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BindException || t.getClass().getSimpleName().equals("JavalinBindException")) {
        return true;
      }
    }
    return false;
  }

  private static String tokenOf(Context ctx) {
    String header = ctx.header("Authorization");
    if (header != null && header.startsWith("Bearer ")) {
      return header.substring("Bearer ".length()).strip();
    }
    return ctx.queryParam("token");
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
