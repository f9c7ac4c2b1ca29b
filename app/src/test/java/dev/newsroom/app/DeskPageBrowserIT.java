package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.avro.Alert;
import dev.newsroom.avro.AlertSource;
import dev.newsroom.avro.Direction;
import dev.newsroom.avro.MoveKind;
import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.RejectedRecord;
import dev.newsroom.avro.ReleaseSource;
import dev.newsroom.avro.RepresentationAction;
import dev.newsroom.avro.RepresentationLevel;
import dev.newsroom.avro.SourceKind;
import dev.newsroom.avro.Stage;
import dev.newsroom.avro.TaggedRelease;
import dev.newsroom.avro.Verdict;
import dev.newsroom.avro.delivery.AlertFeedback;
import dev.newsroom.avro.delivery.FeedbackVerdict;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.TopicSpec;
import dev.newsroom.schemas.Topics;
import java.awt.image.BufferedImage;
import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.awaitility.core.ConditionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live desk page of {@code newsroom alerts --desk FILE --page} in two headless Chromium sessions (Debian's
 * {@code chromium} and {@code chromedriver}; skipped where they are not installed), on a real broker: a published
 * alert shows in both pages within 2 seconds without a reload, and an acknowledgement made in one shows in the other.
 */
@ExtendWith(KafkaBrokerExtension.class)
class DeskPageBrowserIT {

  private static final Logger log = LoggerFactory.getLogger(DeskPageBrowserIT.class);
  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final String TOKEN = "it-browser-page-token-0123456789";
  private static final Duration LIVE = Duration.ofSeconds(2);
  /** A page's first load and live connection: generous, since CI machines are shared (LIVE is what is measured). */
  private static final Duration PAGE_LOAD = Duration.ofSeconds(40);
  /** Held so that its level stays: Debian's chromium may be newer than the CDP Selenium knows (unused here). */
  private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger(
      "org.openqa.selenium.devtools.CdpVersionFinder");

  @TempDir
  Path dir;
  private final List<WebDriver> browsers = new ArrayList<>();
  private final List<ChromeDriverService> services = new ArrayList<>();
  private Map<String, String> settings;
  private NewsroomConfig config;

  @BeforeAll
  static void browserInstalled() {
    Assumptions.assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(),
        "needs Debian's chromium and chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver)");
    System.setProperty("SE_OFFLINE", "true"); // Selenium Manager must never download a browser or a driver
    CDP.setLevel(java.util.logging.Level.SEVERE);
  }

  @BeforeEach
  void topics(KafkaBroker broker) {
    settings = new HashMap<>();
    settings.putAll(FreshTopics.on(broker));
    settings.put("newsroom.metrics.port", "0");
    config = NewsroomConfig.load(null, Map.of(), settings);
    KafkaSetup.ensureTopics(config);
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(WebDriver::quit);
    services.forEach(ChromeDriverService::stop);
  }

  private WebDriver browser() throws Exception {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--window-size=1400,1200", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
    services.add(service);
    WebDriver driver = new ChromeDriver(service, options);
    browsers.add(driver);
    return driver;
  }

  @Test
  void shouldShowPublishedAlertLiveInTwoBrowsersAndShareAcknowledgement() throws Exception {
    int port = freePort();
    settings.put("newsroom.page.port", Integer.toString(port));
    settings.put("newsroom.page.token", TOKEN);
    Path desk = Files.writeString(dir.resolve("page.yaml"), "channels: {console: {type: console}}\ndefault: console\n");
    List<String> args = new ArrayList<>(List.of("alerts", "--desk", desk.toString(), "--page", "--idle-exit", "45"));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    String base = "http://127.0.0.1:" + port + "/";
    TopicSpec<String, Alert> topic = config.topics().alerts();

    try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(config.kafka("producer"),
        topic.keySerde().serializer(), topic.valueSerde().serializer())) {
      CompletableFuture<Cli> running = CompletableFuture.supplyAsync(() -> Cli.run(args.toArray(String[]::new)));
      // The page is up and its consumer reads the alerts topic: a first alert comes through the API.
      producer.send(new ProducerRecord<>(topic.name(), "upg-warm", SampleAlerts.alert("upg-warm", 1, "FR", "DE")))
          .get();
      HttpClient http = HttpClient.newHttpClient();
      await().atMost(Duration.ofSeconds(30)).ignoreExceptions().untilAsserted(() -> assertThat(http.send(
          HttpRequest.newBuilder(java.net.URI.create(base + "api/alerts?token=" + TOKEN)).build(),
          HttpResponse.BodyHandlers.ofString()).body()).contains("\"alert_id\":\"upg-warm\""));

      WebDriver stranger = browser();
      stranger.get(base);
      onPage(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(stranger.findElement(By.id("status")).getText()).contains("not allowed"));
      assertThat(stranger.findElements(By.cssSelector("#alerts .alert"))).as("no alerts without the token").isEmpty();
      stranger.get(base + "?token=wrong-token-wrong-token");
      onPage(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(stranger.findElement(By.id("status")).getText()).contains("not allowed"));
      assertThat(stranger.findElements(By.cssSelector("#alerts .alert"))).as("no alerts with a wrong token").isEmpty();

      WebDriver first = browser();
      WebDriver second = browser();
      for (WebDriver page : List.of(first, second)) {
        page.get(base + "?token=" + TOKEN);
        onPage(PAGE_LOAD).untilAsserted(() -> {
          assertThat(page.findElement(By.id("status")).getText()).isEqualTo("live");
          assertThat(page.findElements(By.id("alert-upg-warm"))).hasSize(1);
        });
      }
      for (WebDriver page : List.of(first, second)) {
        ((ChromeDriver) page).executeScript("window.loadedOnce = true"); // gone if the page were reloaded
      }

      long sent = System.nanoTime();
      producer.send(new ProducerRecord<>(topic.name(), "upg-live", SampleAlerts.alert("upg-live", 1, "JP", "KH")))
          .get();
      long[] shown = new long[2];
      for (int i = 0; i < 2; i++) {
        WebDriver page = i == 0 ? first : second;
        Duration left = LIVE.minusNanos(System.nanoTime() - sent);
        onPage(left.isNegative() ? Duration.ZERO : left)
            .pollInterval(Duration.ofMillis(50))
            .until(() -> !page.findElements(By.id("alert-upg-live")).isEmpty());
        shown[i] = (System.nanoTime() - sent) / 1_000_000;
      }
      log.info("alert shown {} ms and {} ms after publishing", shown[0], shown[1]);
      for (WebDriver page : List.of(first, second)) {
        WebElement alert = page.findElement(By.id("alert-upg-live"));
        assertThat(alert.findElement(By.className("title")).getText()).isEqualTo("Japan (JP) – Cambodia (KH)");
        assertThat(alert.findElement(By.className("levels")).getText())
            .isEqualTo("strategic partnership → comprehensive strategic partnership");
        assertThat(alert.findElement(By.className("badges")).getText())
            .isEqualTo("Confirmed Partnership ▲ Upgrade Agreed");
        assertThat(alert.findElement(By.className("meta")).getText()).startsWith("v1 (created) · confidence 100%");
        assertThat(alert.findElement(By.tagName("blockquote")).getText())
            .isEqualTo("The two leaders agreed to raise ties.");
        WebElement source = alert.findElement(By.cssSelector(".sources a"));
        assertThat(source.getText()).isEqualTo("Ministry (ministry)");
        assertThat(source.getAttribute("href")).isEqualTo("https://m/1");
        assertThat(alert.findElements(By.tagName("button"))).extracting(WebElement::getText)
            .containsExactly("Acknowledge", "Mark wrong…");
        List<WebElement> listed = page.findElements(By.cssSelector("#alerts .alert"));
        assertThat(listed).extracting(e -> e.getAttribute("id")).as("newest first")
            .containsExactly("alert-upg-live", "alert-upg-warm");
      }

      first.findElement(By.id("by")).sendKeys("Mai");
      long clicked = System.nanoTime();
      first.findElement(By.id("alert-upg-live")).findElement(By.className("acknowledge")).click();
      onPage(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
          .untilAsserted(() -> {
            WebElement alert = second.findElement(By.id("alert-upg-live"));
            assertThat(alert.getAttribute("class")).contains("acked");
            assertThat(alert.getText()).contains("Acknowledged by Mai on ");
            assertThat(alert.findElements(By.className("acknowledge"))).isEmpty();
          });
      log.info("acknowledgement shown in the other browser {} ms after the click",
          (System.nanoTime() - clicked) / 1_000_000);
      onPage(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
          first.findElement(By.id("alert-upg-live")).getText()).contains("Acknowledged by Mai on "));
      assertThat(second.findElement(By.id("alert-upg-warm")).getAttribute("class")).doesNotContain("acked");
      for (WebDriver page : List.of(first, second)) {
        assertThat(((ChromeDriver) page).executeScript("return window.loadedOnce === true")).as("not reloaded")
            .isEqualTo(true);
      }

      Cli result = running.get(90, TimeUnit.SECONDS);
      assertThat(result.exitCode()).as(result.err()).isZero();
    }
  }

  /** Starts {@code newsroom alerts --desk FILE --page} and waits until its API shows {@code firstAlertId}. */
  private CompletableFuture<Cli> startPage(String base, String firstAlertId, int idleExitSeconds) throws Exception {
    Path desk = Files.writeString(dir.resolve("page.yaml"), "channels: {console: {type: console}}\ndefault: console\n");
    List<String> args = new ArrayList<>(List.of("alerts", "--desk", desk.toString(), "--page", "--from-beginning",
        "--idle-exit", Integer.toString(idleExitSeconds)));
    settings.forEach((key, value) -> args.addAll(List.of("--set", key + "=" + value)));
    CompletableFuture<Cli> running = CompletableFuture.supplyAsync(() -> Cli.run(args.toArray(String[]::new)));
    HttpClient http = HttpClient.newHttpClient();
    await().atMost(Duration.ofSeconds(40)).ignoreExceptions().untilAsserted(() -> assertThat(http.send(
        HttpRequest.newBuilder(java.net.URI.create(base + "api/alerts?token=" + TOKEN)).build(),
        HttpResponse.BodyHandlers.ofString()).body()).contains("\"alert_id\":\"" + firstAlertId + "\""));
    return running;
  }

  private static PairLevel standing(String a, String b, String level, String since, RepresentationLevel rep) {
    return PairLevel.newBuilder().setPair(List.of(a, b)).setLevel(level)
        .setSince(since == null ? null : Instant.parse(since + "T00:00:00Z")).setRepresentation(rep)
        .setUpdatedAt(Instant.now()).build();
  }

  private Path screenshot(WebDriver page, String name) throws Exception {
    Path file = Path.of("target", "desk-page", name + ".png");
    Files.createDirectories(file.getParent());
    Files.write(file, ((TakesScreenshot) page).getScreenshotAs(OutputType.BYTES));
    log.info("screenshot {}", file.toAbsolutePath());
    return file;
  }

  /** Pixels of a screenshot that are neither white nor grey: what was drawn in colour. */
  private static long colouredPixels(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(png));
    long coloured = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        if (Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 40) {
          coloured++;
        }
      }
    }
    return coloured;
  }

  @Test
  void shouldShowNamesDatesBadgesLedgerNetworkTimelineAndCorrectionsLive(KafkaBroker broker) throws Exception {
    int port = freePort();
    settings.put("newsroom.page.port", Integer.toString(port));
    settings.put("newsroom.page.token", TOKEN);
    String base = "http://127.0.0.1:" + port + "/";
    Topics topics = config.topics();
    DeliveryTopics delivery = DeliveryTopics.from(config.newsroomSettings());
    Alert vn = Alert.newBuilder(SampleAlerts.alert("upg-vn", 1, "JP", "VN"))
        .setEventDate(LocalDate.of(2023, 11, 27))
        .setSources(List.of(
            new AlertSource("r1", new ReleaseSource("Ministry", SourceKind.MINISTRY), "https://m/1", "Ties",
                Instant.parse("2023-11-27T09:15:42.123Z"), Stage.AGREED),
            new AlertSource("r2", new ReleaseSource("Daily", SourceKind.NEWSPAPER), null, null,
                Instant.parse("2023-11-28T06:00:00Z"), Stage.AGREED)))
        .setUpdatedAt(Instant.now().minusSeconds(60)).build();
    Alert ml = Alert.newBuilder(SampleAlerts.alert("rep-ml", 1, "FR", "ML")).setConfirmed(false)
        .setKind(MoveKind.REPRESENTATION).setDirection(Direction.DOWNGRADE)
        .setAction(RepresentationAction.AMBASSADOR_RECALLED)
        .setFromLevel("ambassador").setToLevel("charge d'affaires").setStage(Stage.ANNOUNCED).setConfidence(0.74)
        .setEventDate(LocalDate.of(2024, 2, 3)).setEvidence("Paris recalled its ambassador from Bamako.")
        .setUpdatedAt(Instant.now().minusSeconds(30)).build();

    try (KafkaProducer<String, Alert> alerts = new KafkaProducer<>(config.kafka("producer"),
            topics.alerts().keySerde().serializer(), topics.alerts().valueSerde().serializer());
        KafkaProducer<String, PairLevel> ledger = new KafkaProducer<>(config.kafka("producer"),
            topics.ledger().keySerde().serializer(), topics.ledger().valueSerde().serializer());
        KafkaProducer<String, TaggedRelease> duplicates = new KafkaProducer<>(config.kafka("producer"),
            topics.duplicates().keySerde().serializer(), topics.duplicates().valueSerde().serializer());
        KafkaProducer<String, RejectedRecord> rejected = new KafkaProducer<>(config.kafka("producer"),
            topics.rejected().keySerde().serializer(), topics.rejected().valueSerde().serializer())) {
      ledger.send(new ProducerRecord<>(topics.ledger().name(), "JP-VN",
          standing("JP", "VN", "comprehensive strategic partnership", "2023-11-27", null))).get();
      ledger.send(new ProducerRecord<>(topics.ledger().name(), "JP-KH",
          standing("JP", "KH", "strategic partnership", "2013-12-16", null))).get();
      ledger.send(new ProducerRecord<>(topics.ledger().name(), "FR-ML", standing("FR", "ML", null, null,
          new RepresentationLevel("charge d'affaires", RepresentationAction.AMBASSADOR_RECALLED, null, List.of()))))
          .get();
      alerts.send(new ProducerRecord<>(topics.alerts().name(), vn.getAlertId(), vn)).get();
      alerts.send(new ProducerRecord<>(topics.alerts().name(), ml.getAlertId(), ml)).get();
      CompletableFuture<Cli> running = startPage(base, "rep-ml", 45);

      WebDriver page = browser();
      page.get(base + "?token=" + TOKEN);
      onPage(PAGE_LOAD).untilAsserted(() -> {
        assertThat(page.findElement(By.id("status")).getText()).isEqualTo("live");
        assertThat(page.findElements(By.cssSelector("#network-svg .node"))).hasSize(5);
      });
      ((ChromeDriver) page).executeScript("window.loadedOnce = true");

      // Names with codes, the event's date and the release dates (days, not milliseconds), visible badges.
      WebElement upgrade = page.findElement(By.id("alert-upg-vn"));
      assertThat(upgrade.findElement(By.className("title")).getText()).isEqualTo("Japan (JP) – Vietnam (VN)");
      assertThat(upgrade.findElement(By.className("event-date")).getText()).isEqualTo("27 Nov 2023");
      assertThat(upgrade.findElement(By.className("release-dates")).getText())
          .isEqualTo("27 Nov 2023 (Ministry), 28 Nov 2023 (Daily)");
      assertThat(upgrade.findElement(By.cssSelector(".badge.confirmed")).getText()).isEqualTo("Confirmed");
      assertThat(upgrade.findElements(By.cssSelector(".badge.unconfirmed"))).isEmpty();
      WebElement recall = page.findElement(By.id("alert-rep-ml"));
      assertThat(recall.findElement(By.className("title")).getText()).isEqualTo("France (FR) – Mali (ML)");
      assertThat(recall.findElement(By.cssSelector(".badge.unconfirmed")).getText()).isEqualTo("Unconfirmed");
      assertThat(recall.findElement(By.className("badges")).getText())
          .isEqualTo("Unconfirmed Representation ▼ Downgrade Announced");
      assertThat(recall.findElement(By.className("levels")).getText())
          .isEqualTo("Ambassador recalled: ambassador → charge d'affaires");
      assertThat(recall.findElement(By.className("event-date")).getText()).isEqualTo("3 Feb 2024");
      assertThat(recall.findElement(By.className("meta")).getText()).contains("confidence 74%");
      assertThat(page.findElement(By.tagName("body")).getText()).as("no times with milliseconds")
          .doesNotContainPattern("\\d{2}:\\d{2}:\\d{2}\\.\\d{3}").doesNotContain("T09:15");

      // The ledger as a network: five countries, a link per partnership coloured by level, representation dashed.
      assertThat(page.findElement(By.id("link-JP-VN")).getAttribute("data-level"))
          .isEqualTo("comprehensive strategic partnership");
      assertThat(page.findElement(By.id("link-JP-KH")).getAttribute("data-level")).isEqualTo("strategic partnership");
      assertThat(page.findElements(By.cssSelector("#network-svg .rep-low"))).singleElement()
          .satisfies(line -> assertThat(line.getAttribute("data-representation")).isEqualTo("charge d'affaires"));
      assertThat(page.findElement(By.id("node-VN")).getText()).isEqualTo("Vietnam (VN)");
      assertThat(page.findElement(By.id("legend")).getText()).contains("comprehensive strategic partnership (1)")
          .contains("strategic partnership (1)");
      byte[] network = page.findElement(By.id("network-svg")).getScreenshotAs(OutputType.BYTES);
      assertThat(colouredPixels(network)).as("the network is drawn in colour").isGreaterThan(300);
      screenshot(page, "01-desk");

      // A name finds its code, the filter goes to the address and comes back on reload.
      WebElement country = page.findElement(By.name("country"));
      country.sendKeys("Viet Nam", Keys.ENTER);
      onPage(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(page.findElements(By.cssSelector("#alerts .alert"))).extracting(e -> e.getAttribute("id"))
              .containsExactly("alert-upg-vn"));
      assertThat(page.getCurrentUrl()).contains("country=Viet+Nam");
      page.navigate().refresh();
      onPage(PAGE_LOAD).untilAsserted(() -> {
        assertThat(page.findElement(By.name("country")).getAttribute("value")).isEqualTo("Viet Nam");
        assertThat(page.findElement(By.id("status")).getText()).isEqualTo("live");
        assertThat(page.findElements(By.cssSelector("#alerts .alert"))).extracting(e -> e.getAttribute("id"))
            .containsExactly("alert-upg-vn");
      });
      page.findElement(By.id("clear")).click();
      onPage(Duration.ofSeconds(10)).untilAsserted(() -> {
        assertThat(page.findElements(By.cssSelector("#alerts .alert"))).hasSize(2);
        assertThat(page.getCurrentUrl()).doesNotContain("country=");
      });
      ((ChromeDriver) page).executeScript("window.loadedOnce = true");

      // A pair's timeline: its moves by date, and where it stands now.
      new Select(page.findElement(By.id("timeline-pair"))).selectByValue("JP-VN");
      onPage(Duration.ofSeconds(10)).untilAsserted(() -> {
        assertThat(page.findElements(By.cssSelector("#moves li"))).extracting(WebElement::getText).containsExactly(
            "27 Nov 2023 ▲ strategic partnership → comprehensive strategic partnership (agreed, confirmed)");
        assertThat(page.findElements(By.cssSelector("#timeline-svg .move.up"))).hasSize(1);
      });
      assertThat(page.findElement(By.id("timeline-now")).getText())
          .isEqualTo("Now: comprehensive strategic partnership since 27 Nov 2023");

      // What the pipeline set aside, with its reasons.
      duplicates.send(new ProducerRecord<>(topics.duplicates().name(), "rel-copy", TaggedRelease.newBuilder()
          .setId("rel-copy").setSource(new ReleaseSource("Wire", SourceKind.AGENCY))
          .setTitle("Tokyo and Hanoi raise ties")
          .setReceivedAt(Instant.now()).setNormalizedText("tokyo and hanoi").setFingerprint("f")
          .setVerdict(Verdict.DUPLICATE).setDuplicateOf("r1").setSimilarity(0.93).build())).get();
      rejected.send(new ProducerRecord<>(topics.rejected().name(), "bad", new RejectedRecord("body is empty",
          "validate", topics.rawReleases().name(), 0, 7L, null, null, Instant.now()))).get();

      // Live, without a reload: a new alert, a ledger move, the set-aside records.
      Alert kh = Alert.newBuilder(SampleAlerts.alert("upg-kh", 1, "JP", "KH")).setEventDate(LocalDate.now()).build();
      alerts.send(new ProducerRecord<>(topics.alerts().name(), kh.getAlertId(), kh)).get();
      ledger.send(new ProducerRecord<>(topics.ledger().name(), "JP-KH",
          standing("JP", "KH", "comprehensive strategic partnership", LocalDate.now().toString(), null))).get();
      onPage(Duration.ofSeconds(10)).untilAsserted(() -> {
        assertThat(page.findElements(By.cssSelector("#alerts .alert"))).extracting(e -> e.getAttribute("id"))
            .containsExactly("alert-upg-kh", "alert-rep-ml", "alert-upg-vn");
        assertThat(page.findElement(By.id("link-JP-KH")).getAttribute("data-level"))
            .isEqualTo("comprehensive strategic partnership");
        assertThat(page.findElement(By.cssSelector("#duplicates tbody")).getText())
            .contains("Tokyo and Hanoi raise ties").contains("r1").contains("93%");
        assertThat(page.findElement(By.cssSelector("#rejected tbody")).getText()).contains("body is empty")
            .contains("validate");
      });

      // An officer marks the new alert wrong: the correction is on the feedback topic and on the page.
      page.findElement(By.id("by")).sendKeys("Mai");
      WebElement wrong = page.findElement(By.id("alert-upg-kh"));
      wrong.findElement(By.className("mark-wrong")).click();
      WebElement correction = wrong.findElement(By.className("mark-wrong-form"));
      new Select(correction.findElement(By.name("verdict"))).selectByValue("wrong_level");
      correction.findElement(By.name("correct")).sendKeys("strategic partnership");
      correction.findElement(By.name("note")).sendKeys("only talks about upgrading");
      correction.findElement(By.tagName("button")).click();
      onPage(Duration.ofSeconds(10)).untilAsserted(() -> {
        WebElement shown = page.findElement(By.id("alert-upg-kh"));
        assertThat(shown.findElement(By.className("feedback")).getText()).startsWith("Marked wrong by Mai on ")
            .contains("wrong level (should be strategic partnership) — only talks about upgrading");
        assertThat(shown.findElement(By.cssSelector(".badge.wrong")).getText()).isEqualTo("Marked wrong");
      });
      try (RecordedTopic<AlertFeedback> feedback = new RecordedTopic<>(broker.bootstrapServers(),
          delivery.feedback().name(), delivery.feedback().valueSerde().deserializer())) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(feedback.records()).singleElement()
            .satisfies(record -> {
              assertThat(record.key()).isEqualTo("upg-kh");
              assertThat(record.value().getVerdict()).isEqualTo(FeedbackVerdict.WRONG_LEVEL);
              assertThat(record.value().getCorrectLevel()).isEqualTo("strategic partnership");
              assertThat(record.value().getBy()).isEqualTo("Mai");
            }));
      }
      assertThat(((ChromeDriver) page).executeScript("return window.loadedOnce === true")).as("not reloaded")
          .isEqualTo(true);
      Path last = screenshot(page, "02-desk-live");
      BufferedImage image = ImageIO.read(last.toFile());
      assertThat(image.getWidth()).isGreaterThanOrEqualTo(1000);

      Cli result = running.get(90, TimeUnit.SECONDS);
      assertThat(result.exitCode()).as(result.err()).isZero();
    }
  }

  /** Polls a page from the test's thread (WebDriver is not thread-safe); a card re-rendered meanwhile is retried. */
  private static ConditionFactory onPage(Duration atMost) {
    return await().atMost(atMost).pollInSameThread().ignoreException(StaleElementReferenceException.class);
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
