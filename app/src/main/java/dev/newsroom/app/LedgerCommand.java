package dev.newsroom.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.kafka.TopicScan;
import dev.newsroom.app.ledger.LedgerSeedFile;
import dev.newsroom.app.ledger.LedgerText;
import dev.newsroom.app.ledger.PairCodes;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.streams.http.LedgerJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "ledger", mixinStandardHelpOptions = true,
    description = {"Prints each pair's current partnership level, sorted by pair.",
        "It reads the compacted ledger topic (newsroom.topic.ledger) at --bootstrap-server, so it finds the ledger "
            + "wherever the topology runs and however many instances share it; with --url it asks a running "
            + "`newsroom streams` over HTTP instead (interactive queries: any instance answers for every pair, "
            + "asking the others for theirs).",
        "With --seed FILE.csv, loads known relationships (pair,level,since) into the ledger instead."})
final class LedgerCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions config;

  @Parameters(arity = "0..1", paramLabel = "PAIR",
      description = "A pair such as JP-KH (ISO 3166-1 codes or a bloc, either order); all pairs when omitted.")
  String pair;

  @Option(names = "--url", paramLabel = "URL",
      description = "Ask this streams instance's HTTP address (newsroom.http.host:port, e.g. http://127.0.0.1:8080; "
          + "any instance: it answers for all) instead of reading the ledger topic.")
  URI url;

  @Option(names = "--json", description = "Print the entries as a JSON array (one object for a PAIR).")
  boolean json;

  @Option(names = "--seed", paramLabel = "FILE.csv", description = "Load known relationships from CSV.")
  Path seedFile;

  @Override
  public Integer call() throws IOException, InterruptedException {
    NewsroomConfig settings = config.load();
    if (seedFile != null) {
      return seed(settings);
    }
    String wanted = pair == null ? null : PairCodes.canonical(pair); // a typo fails before anything is asked
    List<JsonNode> entries = url != null ? fromHttp(wanted) : fromTopic(settings, wanted);
    if (entries == null) {
      spec.commandLine().getErr().println("newsroom: no ledger entry for " + wanted);
      spec.commandLine().getErr().flush();
      return 1;
    }
    entries = entries.stream().sorted(Comparator.comparing(LedgerCommand::pairOf)).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(wanted != null ? entries.get(0).toString() : new ObjectMapper().valueToTree(entries).toString());
    } else {
      entries.forEach(entry -> out.println(LedgerText.format(entry)));
    }
    out.flush();
    return 0;
  }

  /** The latest value per pair on the ledger topic; null when {@code wanted} is not there. */
  private List<JsonNode> fromTopic(NewsroomConfig settings, String wanted) {
    KafkaSetup.ensureTopics(settings);
    TopicSpec<String, PairLevel> topic = settings.topics().ledger();
    Map<String, PairLevel> latest = new TreeMap<>();
    try (TopicScan scan = new TopicScan(settings.kafka("consumer"), topic.name(),
        settings.duration("newsroom.broker.timeout"))) {
      for (var record : scan.fromBeginning()) {
        PairLevel level = topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
        if (level == null) {
          latest.remove(record.key());
        } else {
          latest.put(record.key(), level);
        }
      }
    }
    if (wanted != null) {
      PairLevel level = latest.get(wanted);
      return level == null ? null : List.of(LedgerJson.toNode(level));
    }
    return latest.values().stream().<JsonNode>map(LedgerJson::toNode).toList();
  }

  private List<JsonNode> fromHttp(String wanted) throws IOException, InterruptedException {
    URI target = url.resolve("/ledger" + (wanted == null ? "" : "/" + wanted));
    HttpResponse<String> response;
    try {
      response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("no ledger at " + target + " (is `newsroom streams` running there?): " + e);
    }
    JsonNode body = new ObjectMapper().readTree(response.body());
    if (response.statusCode() == 404 && wanted != null) {
      return null;
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException(target + ": " + body.path("error").asText("HTTP " + response.statusCode()));
    }
    List<JsonNode> entries = new ArrayList<>();
    (body.isArray() ? body : List.of(body)).forEach(entries::add);
    return entries;
  }

  private static String pairOf(JsonNode entry) {
    return entry.get("pair").get(0).asText() + "-" + entry.get("pair").get(1).asText();
  }

  private int seed(NewsroomConfig settings) throws IOException {
    List<LedgerSeedFile.Line> lines = LedgerSeedFile.parse(Files.readAllLines(seedFile),
        PartnershipLadder.standard(), Clock.systemUTC());
    KafkaSetup.ensureTopics(settings);
    TopicSpec<String, PairLevel> topic = settings.topics().ledgerSeeds();
    int loaded = 0;
    try (var producer = new KafkaProducer<>(settings.kafka("producer"), topic.keySerde().serializer(),
        topic.valueSerde().serializer())) {
      for (LedgerSeedFile.Line line : lines) {
        if (line.seed() == null) {
          spec.commandLine().getErr().println("FAILED " + seedFile + ":" + line.number() + ": " + line.error());
          continue;
        }
        try {
          producer.send(new ProducerRecord<>(topic.name(), String.join("-", line.seed().getPair()), line.seed()))
              .get();
          loaded++;
        } catch (ExecutionException | InterruptedException e) {
          throw new IllegalStateException("Kafka refused the seed of line " + line.number() + ": " + e.getCause(), e);
        }
      }
    }
    spec.commandLine().getOut().println("seeded " + loaded + " pair" + (loaded == 1 ? "" : "s") + ", "
        + (lines.size() - loaded) + " failed");
    spec.commandLine().getOut().flush();
    spec.commandLine().getErr().flush();
    return loaded == lines.size() ? 0 : 1;
  }
}
