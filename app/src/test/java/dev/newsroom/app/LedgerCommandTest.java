package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsroom.analysis.PartnershipLadder;
import dev.newsroom.app.ledger.LedgerSeedFile;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code newsroom ledger} without a broker: pair checks, and the HTTP path against a stand-in instance. */
class LedgerCommandTest {

  private HttpServer instance;

  @AfterEach
  void stop() {
    if (instance != null) {
      instance.stop(0);
    }
  }

  private static String entry(String a, String b, String level) {
    return "{\"pair\":[\"" + a + "\",\"" + b + "\"],\"level\":\"" + level + "\",\"since\":null,"
        + "\"established_by\":[],\"origin\":\"seed\",\"updated_at\":\"2026-01-01T00:00:00Z\"}";
  }

  @Test
  void shouldRefuseUnknownCountryCodesInPairBeforeAskingAnyone() {
    // No broker and no instance run here: the pair must be refused before either is asked.
    Cli result = Cli.run("ledger", "XX-ZZ", "--bootstrap-server", "127.0.0.1:1", "--set", "newsroom.broker.timeout=1s");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip()).isEqualTo("newsroom: unknown code 'XX' in pair 'XX-ZZ': use ISO 3166-1 "
        + "alpha-2 country codes such as JP or KH, or a bloc such as ASEAN or EU");
  }

  @Test
  void shouldRefuseSeedLineWithUnknownCountryCode() {
    List<LedgerSeedFile.Line> lines = LedgerSeedFile.parse(
        List.of("JP-ZZ,strategic partnership,2013-12-14", "asean-jp,strategic partnership,"),
        PartnershipLadder.standard(), Clock.systemUTC());

    assertThat(lines.get(0).error()).startsWith("unknown code 'ZZ' in pair 'JP-ZZ'");
    assertThat(lines.get(1).seed().getPair()).containsExactly("ASEAN", "JP");
  }

  @Test
  void shouldPrintLedgerSortedByPair() throws IOException {
    instance = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    instance.createContext("/ledger", exchange -> {
      byte[] body = ("[" + entry("JP", "KH", "comprehensive strategic partnership") + ","
          + entry("AU", "ID", "strategic partnership") + "," + entry("FR", "VN", "strategic partnership") + "]")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    instance.start();

    Cli result = Cli.run("ledger", "--url", "http://127.0.0.1:" + instance.getAddress().getPort());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().lines().toList()).containsExactly(
        "AU-ID  strategic partnership  (seed)",
        "FR-VN  strategic partnership  (seed)",
        "JP-KH  comprehensive strategic partnership  (seed)");
  }
}
