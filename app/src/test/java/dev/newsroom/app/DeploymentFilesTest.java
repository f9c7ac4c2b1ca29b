package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What docker-compose.yml and the Dockerfile promise each other, checked without a Docker engine (none runs
 * here): the streams state volume is mounted on a folder the image creates and gives to the service's user, and
 * no health check is one that is always true, the image runs the Linux jar without the demo's broker.
 * StreamsHealthIT runs the streams health check for real; RuntimeJarsIT looks inside the jars.
 */
class DeploymentFilesTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

  @Test
  void shouldMountStreamsStateOnAFolderTheImageCreatesForItsUser() throws IOException {
    JsonNode streams = compose().path("services").path("streams");
    String stateDir = streams.path("environment").path("KAFKA_STREAMS_STATE_DIR").asText();
    assertThat(stateDir).isNotEmpty();
    assertThat(streams.path("volumes").get(0).asText()).endsWith(":" + stateDir);

    List<String> dockerfile = Files.readAllLines(ROOT.resolve("Dockerfile"));
    String runtimeStage = String.join("\n", dockerfile.subList(lastFrom(dockerfile), dockerfile.size()));
    String user = runtimeStage.replaceAll("(?s).*\\nUSER (\\S+).*", "$1");
    assertThat(user).isEqualTo("newsroom");
    String beforeUser = runtimeStage.substring(0, runtimeStage.indexOf("\nUSER "));
    assertThat(beforeUser).contains("mkdir -p " + stateDir)
        .containsPattern("chown -R " + user + ":" + user + " (" + stateDir + "|/var/lib/newsroom)(\\s|$)");
  }

  @Test
  void shouldHaveNoHealthCheckThatIsAlwaysTrue() throws IOException {
    compose().path("services").forEach(service -> {
      String test = service.path("healthcheck").path("test").toString();
      assertThat(test).doesNotContain("kill -0").doesNotContain("\"true\"");
    });
    String streamsCheck = compose().path("services").path("streams").path("healthcheck").path("test").toString();
    assertThat(streamsCheck).contains("/health/ready");
  }

  @Test
  void shouldRunTheImageFromTheLinuxJarTheAppModuleBuildsAndLeaveTheDemoBrokerOut() throws IOException {
    List<String> dockerfile = Files.readAllLines(ROOT.resolve("Dockerfile"));
    List<String> runtimeStage = dockerfile.subList(lastFrom(dockerfile), dockerfile.size());
    List<String> copies = runtimeStage.stream().filter(line -> line.startsWith("COPY ")).toList();
    assertThat(copies).containsExactly(
        "COPY --from=build /src/app/target/newsroom-linux.jar /opt/newsroom/newsroom.jar");
    assertThat(runtimeStage).contains("ENTRYPOINT [\"java\", \"-jar\", \"/opt/newsroom/newsroom.jar\"]");
    assertThat(Files.readString(ROOT.resolve("app/pom.xml")))
        .contains("<outputFile>${project.build.directory}/newsroom-linux.jar</outputFile>");
  }

  private static int lastFrom(List<String> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).startsWith("FROM ")) {
        return i;
      }
    }
    throw new AssertionError("the Dockerfile has no FROM");
  }

  private static JsonNode compose() throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("docker-compose.yml").toFile());
  }
}
