package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** What a new user reads first: the command list and each command's help. */
class HelpTextTest {

  @Test
  void shouldListEveryCommandWithAFirstLineThatIsACompleteSentence() {
    Map<String, CommandLine> commands = Newsroom.commandLine().getSubcommands();

    assertThat(commands).isNotEmpty();
    commands.forEach((name, command) -> {
      String[] description = command.getCommandSpec().usageMessage().description();
      assertThat(description).as(name).isNotEmpty();
      // `newsroom --help` lists each command with the first line only: it must not stop at a colon.
      assertThat(description[0].strip()).as(name).doesNotEndWith(":").endsWith(".");
    });
  }

  @Test
  void shouldNameTheIngestStateTopicWhereIngestHelpMeansTheTopic() {
    Cli help = Cli.run("ingest", "--help");

    assertThat(help.out()).contains("compacted topic newsroom.ingest.state")
        .doesNotContain("topic newsroom.topic.ingest.state");
  }
}
