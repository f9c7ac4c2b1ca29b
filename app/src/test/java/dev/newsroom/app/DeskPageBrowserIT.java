package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.newsroom.app.config.NewsroomConfig;
import dev.newsroom.avro.Alert;
import dev.newsroom.consumer.DeliveryTopics;
import dev.newsroom.schemas.TopicSpec;
import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
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
    String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8);
    settings = new HashMap<>();
    settings.put("kafka.bootstrap.servers", broker.bootstrapServers());
    settings.put("kafka.consumer.group.id", prefix + "-desk");
    settings.put("newsroom.topic.alerts", prefix + ".alerts");
    DeliveryTopics.DEFAULT_NAMES.forEach((key, name) -> settings.put(key, prefix + "." + name));
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
        "--disable-sync", "--user-data-dir=" + Files.createTempDirectory(dir, "chromium-"));
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
    List<String> args = new ArrayList<>(List.of("alerts", "--desk", desk.toString(), "--page", "--idle-exit", "20"));
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
      await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() ->
          assertThat(stranger.findElement(By.id("status")).getText()).contains("not allowed"));
      assertThat(stranger.findElements(By.cssSelector("#alerts .alert"))).as("no alerts without the token").isEmpty();
      stranger.get(base + "?token=wrong-token-wrong-token");
      await().atMost(Duration.ofSeconds(10)).pollInSameThread().untilAsserted(() ->
          assertThat(stranger.findElement(By.id("status")).getText()).contains("not allowed"));
      assertThat(stranger.findElements(By.cssSelector("#alerts .alert"))).as("no alerts with a wrong token").isEmpty();

      WebDriver first = browser();
      WebDriver second = browser();
      for (WebDriver page : List.of(first, second)) {
        page.get(base + "?token=" + TOKEN);
        await().atMost(Duration.ofSeconds(15)).pollInSameThread().untilAsserted(() -> {
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
        await().atMost(left.isNegative() ? Duration.ZERO : left).pollInSameThread()
            .pollInterval(Duration.ofMillis(50))
            .until(() -> !page.findElements(By.id("alert-upg-live")).isEmpty());
        shown[i] = (System.nanoTime() - sent) / 1_000_000;
      }
      log.info("alert shown {} ms and {} ms after publishing", shown[0], shown[1]);
      for (WebDriver page : List.of(first, second)) {
        WebElement alert = page.findElement(By.id("alert-upg-live"));
        assertThat(alert.findElement(By.tagName("strong")).getText())
            .isEqualTo("Upgrade JP–KH: strategic partnership → comprehensive strategic partnership");
        assertThat(alert.findElement(By.className("meta")).getText()).startsWith("agreed · v1 (created) · confirmed");
        assertThat(alert.findElement(By.tagName("blockquote")).getText())
            .isEqualTo("The two leaders agreed to raise ties.");
        WebElement source = alert.findElement(By.cssSelector(".sources a"));
        assertThat(source.getText()).isEqualTo("Ministry (ministry)");
        assertThat(source.getAttribute("href")).isEqualTo("https://m/1");
        assertThat(alert.findElements(By.tagName("button"))).extracting(WebElement::getText)
            .containsExactly("Acknowledge");
        List<WebElement> listed = page.findElements(By.cssSelector("#alerts .alert"));
        assertThat(listed).extracting(e -> e.getAttribute("id")).as("newest first")
            .containsExactly("alert-upg-live", "alert-upg-warm");
      }

      first.findElement(By.id("by")).sendKeys("Mai");
      long clicked = System.nanoTime();
      first.findElement(By.id("alert-upg-live")).findElement(By.tagName("button")).click();
      await().atMost(Duration.ofSeconds(5)).pollInSameThread().pollInterval(Duration.ofMillis(50))
          .untilAsserted(() -> {
            WebElement alert = second.findElement(By.id("alert-upg-live"));
            assertThat(alert.getAttribute("class")).contains("acked");
            assertThat(alert.getText()).contains("Acknowledged by Mai at ");
            assertThat(alert.findElements(By.tagName("button"))).isEmpty();
          });
      log.info("acknowledgement shown in the other browser {} ms after the click",
          (System.nanoTime() - clicked) / 1_000_000);
      await().atMost(Duration.ofSeconds(5)).pollInSameThread().untilAsserted(() -> assertThat(
          first.findElement(By.id("alert-upg-live")).getText()).contains("Acknowledged by Mai at "));
      assertThat(second.findElement(By.id("alert-upg-warm")).getAttribute("class")).doesNotContain("acked");
      for (WebDriver page : List.of(first, second)) {
        assertThat(((ChromeDriver) page).executeScript("return window.loadedOnce === true")).as("not reloaded")
            .isEqualTo(true);
      }

      Cli result = running.get(60, TimeUnit.SECONDS);
      assertThat(result.exitCode()).as(result.err()).isZero();
    }
  }

  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
