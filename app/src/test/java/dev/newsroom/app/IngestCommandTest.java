package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `ingest` takes its options as every other command does: --config is the properties file. */
class IngestCommandTest {

  @Test
  void shouldPointToSourcesWhenTheSourcesYamlIsGivenAsConfig() {
    Cli run = Cli.run("ingest", "--sources", "sources.yaml", "--config", "sources.yaml");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("looks like a sources file: give it with --sources");
  }

  @Test
  void shouldRequireTheSourcesFile() {
    Cli run = Cli.run("ingest", "--once");

    assertThat(run.exitCode()).isNotZero();
    assertThat(run.err()).contains("--sources");
  }

  @Test
  void shouldOfferTheSameConfigOptionsAsEveryCommand() {
    Cli help = Cli.run("ingest", "--help");

    assertThat(help.out()).contains("--config").contains("--set").contains("--bootstrap-server")
        .doesNotContain("--settings");
  }
}
