package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code newsroom demo} as a new user runs it: its own broker, the shipped samples, one alert. */
class DemoIT {

  @Test
  void shouldPrintExactlyOneUpgradeAlertWithBothSampleSourcesAndExitZero() {
    Cli result = Cli.run("demo");

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    assertThat(result.out()).containsPattern("(?m)^bootstrap: [^\\s:]+:\\d+$");
    assertThat(result.out()).contains("1 partnership-upgrade alert.");
    Matcher headlines = Pattern.compile("(?m)^ALERT ").matcher(result.out());
    assertThat(headlines.results().count()).isEqualTo(1);
    assertThat(result.out()).contains("ALERT JP-KH: strategic partnership -> comprehensive strategic partnership");
    assertThat(result.out()).contains("sources (2):");
    assertThat(result.out()).contains("(ministry)").contains("(newspaper)");
    assertThat(result.out()).containsPattern("(?m)^  duplicate ");
    assertThat(result.out()).containsPattern("(?m)^  JP-KH  comprehensive strategic partnership  since 2022-11-1\\d  "
        + "\\(release, 2 releases\\)$");
  }
}
