package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AnalyzeCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Cli analyze(String stdin) {
    AnalyzeCommand command = new AnalyzeCommand();
    command.in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    return Cli.run(new CommandLine(command));
  }

  private static String line(String id, Path file, String date) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("id", id);
    node.put("text", Files.readString(file));
    node.put("date", date);
    return JSON.writeValueAsString(node);
  }

  @Test
  void shouldFindPairLevelsAndEvidenceInSeedDocuments() throws IOException {
    Cli result = analyze(line("ministry", SeedPipelineIT.MINISTRY, "2022-11-12") + "\n"
        + line("newspaper", SeedPipelineIT.NEWSPAPER, "2022-11-15") + "\n");

    assertThat(result.exitCode()).as(result.err()).isZero();
    String[] lines = result.out().strip().split("\n");
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      JsonNode analysis = JSON.readTree(line);
      assertThat(analysis.get("primary_pair").toString()).isEqualTo("[\"JP\",\"KH\"]");
      JsonNode upgrade = analysis.get("upgrade");
      assertThat(upgrade.get("pair").toString()).isEqualTo("[\"JP\",\"KH\"]");
      assertThat(upgrade.get("to_level").asText()).isEqualTo("comprehensive strategic partnership");
      assertThat(upgrade.get("stage").asText()).isEqualTo("agreed");
      assertThat(upgrade.get("evidence").asText()).containsIgnoringCase("comprehensive strategic partnership");
      assertThat(analysis.get("countries").toString()).contains("\"JP\"", "\"KH\"");
    }
    JsonNode newspaper = JSON.readTree(lines[1]);
    assertThat(newspaper.get("id").asText()).isEqualTo("newspaper");
    assertThat(newspaper.get("upgrade").get("from_level").asText()).isEqualTo("strategic partnership");
  }

  @Test
  void shouldReportBadLineAndAnalyseTheRest() {
    Cli result = analyze("{\"id\":\"a\"}\nnot json\n{\"id\":\"b\",\"text\":\"Nothing much happened today.\"}\n");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("line 1:").contains("line 2:");
    assertThat(result.out().strip().split("\n")).singleElement().asString().contains("\"id\":\"b\"");
  }
}
