package dev.newsroom.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The short chaos run (issue 11): a broker process and two {@code newsroom streams} processes, 1,000 releases
 * with poison of every kind published over a minute, 5 instance SIGKILLs and 1 broker SIGKILL, then the
 * committed outputs against the truth and against a fault-free run. Any loss, duplicate or escaped copy fails.
 */
class ChaosIT {

  private static final Logger log = LoggerFactory.getLogger(ChaosIT.class);

  @TempDir
  Path dir;

  @Test
  void shouldLoseDuplicateOrLetThroughNothingWhileInstancesAndBrokerAreKilled() throws Exception {
    ChaosRun.Spec spec = ChaosRun.Spec.shortRun(11).withSettings(Map.of("newsroom.streams.instance.name", "{instance}"));

    ChaosRun.Report report = new ChaosRun(spec, dir, line -> log.info(line)).run();

    log.info("\n{}", report.text());
    Verification result = report.result();
    assertThat(report.instanceKills()).isEqualTo(5);
    assertThat(report.brokerRestarts()).isEqualTo(1);
    SoftAssertions softly = new SoftAssertions();
    softly.assertThat(report.settled()).as("outputs complete within the settle timeout").isTrue();
    softly.assertThat(result.lost()).as("records lost").isZero();
    softly.assertThat(result.duplicated()).as("records written twice").isZero();
    softly.assertThat(result.invented()).as("records invented").isZero();
    softly.assertThat(result.wronglyRejected()).as("valid releases rejected").isZero();
    softly.assertThat(result.alertVersionsDuplicated() + result.alertVersionsLost()).as("alert versions lost or twice")
        .isZero();
    softly.assertThat(result.splitEvents() + result.missedEvents() + result.spuriousAlerts())
        .as("split, missed or spurious alerts").isZero();
    // Fails while deduplication depends on arrival order (issue 10, being rewritten): the report's examples
    // name the families with two members on the tagged topic.
    softly.assertThat(result.escapedFamilies()).as("families of copies with two members on tagged: %s",
        result.examples()).isZero();
    softly.assertThat(result.missingOriginals()).as("families whose original is not on tagged").isZero();
    softly.assertAll();
  }
}
