package dev.newsroom.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A client of a schema registry's Confluent-compatible REST API (Confluent Schema Registry; Apicurio Registry
 * under {@code /apis/ccompat/v7}), on the JDK's HTTP client: the two calls the registry wire format needs,
 * registering a writer schema under a subject and fetching a schema by id, each answer cached for the life of
 * the client (an id, once given, always names the same schema).
 */
public final class SchemaRegistry {

  private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final Map<String, Integer> idsBySubjectAndSchema = new ConcurrentHashMap<>();
  private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();

  /** @param baseUrl the API's root, such as {@code http://127.0.0.1:8081/apis/ccompat/v7}; no request is made yet */
  public SchemaRegistry(String baseUrl) {
    String url = baseUrl.strip();
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + url + "' is not a URL: " + e.getMessage());
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + url + "' is not an http:// or https:// URL with a host");
    }
    this.baseUrl = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public String url() {
    return baseUrl;
  }

  /**
   * The id of {@code schema} under {@code subject}, registering it there on first use (registering a schema the
   * subject already has gives its existing id).
   *
   * @throws SerializationException naming the registry's URL when it cannot be reached or refuses the schema
   */
  public int register(String subject, Schema schema) {
    return idsBySubjectAndSchema.computeIfAbsent(subject + '\n' + schema, key -> {
      String path = "/subjects/" + URLEncoder.encode(subject, StandardCharsets.UTF_8) + "/versions";
      String body;
      try {
        body = JSON.writeValueAsString(Map.of("schema", schema.toString()));
      } catch (IOException e) {
        throw new SerializationException("cannot write the registration of " + schema.getFullName(), e);
      }
      HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path))
          .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", CONTENT_TYPE), path);
      if (response.statusCode() != 200) {
        throw new SerializationException("the schema registry at " + baseUrl + " refused " + schema.getFullName()
            + " under subject " + subject + ": HTTP " + response.statusCode() + " " + response.body());
      }
      JsonNode id = read(response, path).get("id");
      if (id == null || !id.canConvertToInt()) {
        throw new SerializationException("the schema registry at " + baseUrl + " answered POST " + path
            + " without an id: " + response.body());
      }
      return id.asInt();
    });
  }

  /**
   * The schema the registry knows by {@code id}.
   *
   * @throws SerializationException when the registry does not know the id, or cannot be reached (naming its URL)
   */
  public Schema schema(int id) {
    Schema known = schemasById.get(id);
    if (known != null) {
      return known;
    }
    String path = "/schemas/ids/" + id;
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET(), path);
    if (response.statusCode() == 404) {
      throw new SerializationException("schema id " + id + " is not known to the schema registry at " + baseUrl);
    }
    if (response.statusCode() != 200) {
      throw new SerializationException("the schema registry at " + baseUrl + " answered GET " + path + " with HTTP "
          + response.statusCode() + " " + response.body());
    }
    JsonNode text = read(response, path).get("schema");
    if (text == null || !text.isTextual()) {
      throw new SerializationException("the schema registry at " + baseUrl + " answered GET " + path
          + " without a schema: " + response.body());
    }
    try {
      Schema schema = new Schema.Parser().parse(text.asText());
      schemasById.putIfAbsent(id, schema);
      return schema;
    } catch (SchemaParseException e) {
      throw new SerializationException("schema id " + id + " at " + baseUrl + " is not an Avro schema: "
          + e.getMessage(), e);
    }
  }

  /**
   * Asks the registry for its subjects, to learn at start-up rather than at the first record that it answers.
   *
   * @throws SerializationException naming the registry's URL when it cannot be reached or does not answer 200
   */
  public void check() {
    String path = "/subjects";
    HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).GET(), path);
    if (response.statusCode() != 200) {
      throw new SerializationException("the schema registry at " + baseUrl + " answered GET " + path + " with HTTP "
          + response.statusCode() + " (is this its Confluent-compatible API, e.g. .../apis/ccompat/v7?)");
    }
  }

  private URI uri(String path) {
    return URI.create(baseUrl + path);
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String path) {
    try {
      return Http.CLIENT.send(request.timeout(TIMEOUT).header("Accept", CONTENT_TYPE).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new SerializationException("the schema registry at " + baseUrl + " is unreachable (" + path + "): " + e,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SerializationException("interrupted while asking the schema registry at " + baseUrl, e);
    }
  }

  private JsonNode read(HttpResponse<String> response, String path) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new SerializationException("the schema registry at " + baseUrl + " answered " + path
          + " with something other than JSON: " + response.body(), e);
    }
  }

  /** One HTTP client for every registry, made on first use: a client holds a selector thread. */
  private static final class Http {
    // HTTP/1.1: registries need nothing more, and an h2c upgrade attempt on every plain-http request buys nothing.
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(TIMEOUT).build();
  }
}
