package dev.newsroom.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.app.ledger.LedgerSeedFile;
import dev.newsroom.app.ledger.LedgerText;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.streams.LedgerView;
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
import java.util.List;
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
    description = {"Prints each pair's current partnership level, served by the running topology "
        + "(newsroom streams) over HTTP from an interactive query.",
        "With --seed FILE.csv, loads known relationships (pair,level,since) into the ledger instead."})
final class LedgerCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  ConfigOptions config;

  @Parameters(arity = "0..1", paramLabel = "PAIR", description = "A pair such as JP-KH; all pairs when omitted.")
  String pair;

  @Option(names = "--url", paramLabel = "URL",
      description = "The streams instance's HTTP address (default: http://localhost:<newsroom.http.port>).")
  URI url;

  @Option(names = "--json", description = "Print the JSON the topology serves.")
  boolean json;

  @Option(names = "--seed", paramLabel = "FILE.csv", description = "Load known relationships from CSV.")
  Path seedFile;

  @Override
  public Integer call() throws IOException, InterruptedException {
    NewsroomConfig settings = config.load();
    return seedFile != null ? seed(settings) : print(settings);
  }

  private int print(NewsroomConfig settings) throws IOException, InterruptedException {
    URI base = url != null ? url : URI.create("http://localhost:" + settings.get("newsroom.http.port"));
    URI target = base.resolve("/ledger" + (pair == null ? "" : "/" + LedgerView.canonical(pair)));
    HttpResponse<String> response;
    try {
      response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(10))
          .GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("no ledger at " + target + " (is `newsroom streams` running?): " + e);
    }
    PrintWriter out = spec.commandLine().getOut();
    JsonNode body = new ObjectMapper().readTree(response.body());
    if (response.statusCode() != 200) {
      spec.commandLine().getErr().println("newsroom: " + body.path("error").asText("HTTP " + response.statusCode()));
      return response.statusCode() == 404 ? 1 : 2;
    }
    if (json) {
      out.println(body.toString());
    } else {
      for (JsonNode entry : body.isArray() ? body : List.of(body)) {
        out.println(LedgerText.format(entry));
      }
    }
    out.flush();
    return 0;
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
