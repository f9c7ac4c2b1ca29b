package dev.newsroom.consumer.desk;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsroom.avro.AlertChange;
import dev.newsroom.schemas.WireNames;
import dev.newsroom.schemas.config.ConfigFileException;
import dev.newsroom.schemas.config.LocatedYaml;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads and checks a desk file. Every mistake (an unknown key, a channel a route names but nobody defined, a
 * malformed URL or country code, a secret variable that is not set) fails here, at start-up, with the line and
 * the reason, rather than when the first alert arrives.
 */
public final class DeskFile {

  static final Set<String> STAGES = Set.of("proposed", "agreed", "announced", "established", "took_effect");
  static final Set<String> DIRECTIONS = Set.of("upgrade", "downgrade");
  /** The wire names of every {@code AlertChange}, so that a new symbol in the schema is accepted at once. */
  static final Set<String> CHANGES = Arrays.stream(AlertChange.values()).map(WireNames::of)
      .collect(Collectors.toUnmodifiableSet());
  private static final Set<String> TOP = Set.of("channels", "routes", "default", "blocs");
  private static final Set<String> MATCH =
      Set.of("countries", "pairs", "blocs", "levels", "stages", "directions", "changes");

  private final LocatedYaml yaml;
  private final Map<String, String> environment;

  private DeskFile(LocatedYaml yaml, Map<String, String> environment) {
    this.yaml = yaml;
    this.environment = environment;
  }

  /** @param environment where {@code secret_env} and {@code password_env} are looked up, usually {@code System.getenv()} */
  public static Desk read(Path file, Map<String, String> environment) {
    return new DeskFile(LocatedYaml.load(file), environment).desk();
  }

  public static Desk parse(String fileName, String text, Map<String, String> environment) {
    return new DeskFile(LocatedYaml.parse(fileName, text), environment).desk();
  }

  private Desk desk() {
    JsonNode root = yaml.root();
    if (!root.isObject()) {
      throw yaml.error("", "a desk file is a mapping with channels, routes and default");
    }
    onlyKeys(root, "", TOP);
    Map<String, Set<String>> blocs = blocs(root.get("blocs"));
    JsonNode channelsNode = required(root, "", "channels");
    if (!channelsNode.isObject() || channelsNode.isEmpty()) {
      throw yaml.error("channels", "must map channel names to their settings, and name at least one");
    }
    Map<String, ChannelSpec> channels = new LinkedHashMap<>();
    channelsNode.properties().forEach(entry -> channels.put(entry.getKey(),
        channel(entry.getKey(), entry.getValue(), "channels." + entry.getKey())));
    List<Route> routes = new ArrayList<>();
    JsonNode routesNode = root.get("routes");
    if (routesNode != null && !routesNode.isNull()) {
      if (!routesNode.isArray()) {
        throw yaml.error("routes", "must be a list of routes");
      }
      for (int i = 0; i < routesNode.size(); i++) {
        routes.add(route(routesNode.get(i), "routes[" + i + "]", channels.keySet(), blocs));
      }
    }
    List<String> defaults = channelNames(required(root, "", "default"), "default", channels.keySet());
    return new Desk(Map.copyOf(channels), List.copyOf(routes), defaults);
  }

  private Map<String, Set<String>> blocs(JsonNode node) {
    Map<String, Set<String>> blocs = new HashMap<>(Blocs.BUILT_IN);
    if (node == null || node.isNull()) {
      return blocs;
    }
    if (!node.isObject()) {
      throw yaml.error("blocs", "must map bloc names to lists of country codes");
    }
    node.properties().forEach(entry -> blocs.put(entry.getKey().toUpperCase(Locale.ROOT),
        strings(entry.getValue(), "blocs." + entry.getKey(), this::country)));
    return blocs;
  }

  private ChannelSpec channel(String name, JsonNode node, String path) {
    if (!node.isObject()) {
      throw yaml.error(path, "must be a mapping with a type");
    }
    String type = text(required(node, path, "type"), path + ".type");
    String at = path + ".";
    return switch (type) {
      case "webhook" -> {
        onlyKeys(node, path, Set.of("type", "url", "secret", "secrets", "secret_env"));
        List<String> secrets = new ArrayList<>();
        if (node.has("secret")) {
          secrets.add(text(node.get("secret"), at + "secret"));
        }
        if (node.has("secrets")) {
          secrets.addAll(strings(node.get("secrets"), at + "secrets", Function.identity()));
        }
        if (node.has("secret_env")) {
          for (String variable : strings(node.get("secret_env"), at + "secret_env", Function.identity())) {
            secrets.add(fromEnvironment(variable, at + "secret_env"));
          }
        }
        for (String secret : secrets) {
          try {
            dev.newsroom.consumer.webhook.WebhookSecret.parse(secret);
          } catch (IllegalArgumentException e) {
            throw yaml.error(path, e.getMessage());
          }
        }
        yield new ChannelSpec.Webhook(name, url(node, path), List.copyOf(secrets));
      }
      case "slack" -> {
        onlyKeys(node, path, Set.of("type", "url"));
        yield new ChannelSpec.Slack(name, url(node, path));
      }
      case "teams" -> {
        onlyKeys(node, path, Set.of("type", "url"));
        yield new ChannelSpec.Teams(name, url(node, path));
      }
      case "email" -> {
        onlyKeys(node, path, Set.of("type", "host", "port", "from", "to", "username", "password_env", "starttls"));
        String host = text(required(node, path, "host"), at + "host");
        int port = node.has("port") ? port(node.get("port"), at + "port") : 25;
        String from = address(text(required(node, path, "from"), at + "from"), at + "from");
        List<String> to = strings(required(node, path, "to"), at + "to", Function.identity()).stream().toList();
        if (to.isEmpty()) {
          throw yaml.error(at + "to", "needs at least one address");
        }
        to.forEach(address -> address(address, at + "to"));
        String username = node.has("username") ? text(node.get("username"), at + "username") : null;
        String password = node.has("password_env")
            ? fromEnvironment(text(node.get("password_env"), at + "password_env"), at + "password_env") : null;
        boolean startTls = node.has("starttls") && bool(node.get("starttls"), at + "starttls");
        yield new ChannelSpec.Email(name, host, port, from, List.copyOf(to), username, password, startTls);
      }
      case "console" -> {
        onlyKeys(node, path, Set.of("type", "json"));
        yield new ChannelSpec.Console(name, node.has("json") && bool(node.get("json"), at + "json"));
      }
      default -> throw yaml.error(path + ".type", "unknown channel type '" + type
          + "'; use webhook, slack, teams, email or console");
    };
  }

  private Route route(JsonNode node, String path, Set<String> channels, Map<String, Set<String>> blocs) {
    if (!node.isObject()) {
      throw yaml.error(path, "a route is a mapping with match and to");
    }
    onlyKeys(node, path, Set.of("name", "match", "to"));
    String name = node.has("name") ? text(node.get("name"), path + ".name") : path;
    AlertFilter filter = AlertFilter.ANY;
    JsonNode match = node.get("match");
    if (match != null && !match.isNull()) {
      String at = path + ".match";
      if (!match.isObject()) {
        throw yaml.error(at, "must be a mapping of countries, pairs, blocs, levels, stages, directions, changes");
      }
      onlyKeys(match, at, MATCH);
      Set<String> blocCountries = new LinkedHashSet<>();
      for (String bloc : strings(match.get("blocs"), at + ".blocs", s -> s.toUpperCase(Locale.ROOT))) {
        Set<String> members = blocs.get(bloc);
        if (members == null) {
          throw yaml.error(at + ".blocs", "unknown bloc '" + bloc + "'; define it under blocs, or use one of "
              + blocs.keySet().stream().sorted().toList());
        }
        blocCountries.addAll(members);
      }
      filter = new AlertFilter(
          strings(match.get("countries"), at + ".countries", this::country),
          strings(match.get("pairs"), at + ".pairs", this::pair),
          Set.copyOf(blocCountries),
          strings(match.get("levels"), at + ".levels", s -> s.strip().toLowerCase(Locale.ROOT)),
          strings(match.get("stages"), at + ".stages", s -> oneOf(s, STAGES, at + ".stages")),
          strings(match.get("directions"), at + ".directions", s -> oneOf(s, DIRECTIONS, at + ".directions")),
          strings(match.get("changes"), at + ".changes", s -> oneOf(s, CHANGES, at + ".changes")));
    }
    List<String> to = channelNames(required(node, path, "to"), path + ".to", channels);
    if (to.isEmpty()) {
      throw yaml.error(path + ".to", "names no channel");
    }
    return new Route(name, filter, to);
  }

  private List<String> channelNames(JsonNode node, String path, Set<String> channels) {
    List<String> names = new ArrayList<>();
    JsonNode list = node.isArray() ? node : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode().add(node);
    for (int i = 0; i < list.size(); i++) {
      String name = text(list.get(i), node.isArray() ? path + "[" + i + "]" : path);
      if (!channels.contains(name)) {
        throw yaml.error(node.isArray() ? path + "[" + i + "]" : path,
            "unknown channel '" + name + "'; channels are " + channels);
      }
      names.add(name);
    }
    return List.copyOf(names);
  }

  private void onlyKeys(JsonNode node, String path, Set<String> allowed) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw yaml.unknownKey(path, name, allowed);
      }
    }
  }

  private JsonNode required(JsonNode node, String path, String key) {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      throw yaml.error(path, "'" + key + "' is required");
    }
    return value;
  }

  private String text(JsonNode node, String path) {
    if (!node.isTextual() || node.asText().isBlank()) {
      throw yaml.error(path, "must be a non-empty text");
    }
    return node.asText().strip();
  }

  private boolean bool(JsonNode node, String path) {
    if (!node.isBoolean()) {
      throw yaml.error(path, "must be true or false");
    }
    return node.asBoolean();
  }

  private int port(JsonNode node, String path) {
    try {
      int port = Integer.parseInt(text(node, path));
      if (port < 1 || port > 65535) {
        throw yaml.error(path, "must be a port from 1 to 65535, got " + port);
      }
      return port;
    } catch (NumberFormatException e) {
      throw yaml.error(path, "must be a port number");
    }
  }

  private Set<String> strings(JsonNode node, String path, Function<String, String> check) {
    if (node == null || node.isNull()) {
      return Set.of();
    }
    Set<String> values = new LinkedHashSet<>();
    if (!node.isArray()) {
      values.add(check.apply(text(node, path)));
      return values;
    }
    for (int i = 0; i < node.size(); i++) {
      String at = path + "[" + i + "]";
      try {
        values.add(check.apply(text(node.get(i), at)));
      } catch (ConfigFileException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw yaml.error(at, e.getMessage());
      }
    }
    return Set.copyOf(values);
  }

  private URI url(JsonNode node, String path) {
    String text = text(required(node, path, "url"), path + ".url");
    try {
      URI uri = new URI(text);
      if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
        throw yaml.error(path + ".url", "must be an http or https URL, got '" + text + "'");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw yaml.error(path + ".url", "is not a URL: " + e.getMessage());
    }
  }

  private String fromEnvironment(String variable, String path) {
    if (variable.startsWith("NEWSROOM_") || variable.startsWith("KAFKA_")) {
      throw yaml.error(path, variable + ": variables starting NEWSROOM_ or KAFKA_ are read as Newsroom settings; "
          + "use another name, e.g. DESK_" + variable.substring(variable.indexOf('_') + 1));
    }
    String value = environment.get(variable);
    if (value == null || value.isBlank()) {
      throw yaml.error(path, "environment variable " + variable + " is not set");
    }
    return value.strip();
  }

  private String country(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    if (!upper.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("'" + code + "' is not a two-letter country code such as JP");
    }
    return upper;
  }

  private String pair(String text) {
    String[] parts = text.strip().split("\\s*-\\s*");
    if (parts.length != 2) {
      throw new IllegalArgumentException("'" + text + "' is not a pair such as JP-KH");
    }
    return AlertFilter.pairKey(country(parts[0]), country(parts[1]));
  }

  private String address(String address, String path) {
    if (!address.matches("[^@\\s]+@[^@\\s]+")) {
      throw yaml.error(path, "'" + address + "' is not an email address");
    }
    return address;
  }

  private static String oneOf(String value, Set<String> allowed, String path) {
    String lower = value.strip().toLowerCase(Locale.ROOT);
    if (!allowed.contains(lower)) {
      throw new IllegalArgumentException("'" + value + "' is not one of " + allowed.stream().sorted().toList());
    }
    return lower;
  }
}
