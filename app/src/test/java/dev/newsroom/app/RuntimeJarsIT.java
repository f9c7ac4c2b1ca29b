package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the package phase leaves in app/target: newsroom-linux.jar, which the service image runs, small and free
 * of test code and of Kafka's server; newsroom.jar, the same for a desk's machine; newsroom-demo-broker.jar, the
 * demo's broker, which only the demo loads. The jars run here as a user runs them, because how they find each
 * other (newsroom.jar's manifest class path) is what is tested.
 */
class RuntimeJarsIT {

  /** The bound on the image's jar, in decimal megabytes (the stricter reading). */
  private static final long IMAGE_JAR_LIMIT = 60_000_000L;

  private static final String TEST_CODE = "^(org/junit/|kafka/test/|org/apache/kafka/common/test/).*";
  private static final String KAFKA_SERVER = "^(kafka/server/|kafka/raft/|org/apache/kafka/raft/|scala/).*";

  @TempDir
  Path dir;

  @Test
  void shouldKeepTheImageJarUnderSixtyMegabytesWithoutTestCodeOrKafkasServer() throws IOException {
    Path jar = NewsroomProcess.built("newsroom-linux.jar");

    assertThat(Files.size(jar)).isLessThan(IMAGE_JAR_LIMIT);
    assertThat(entries(jar)).noneMatch(name -> name.matches(TEST_CODE)).noneMatch(name -> name.matches(KAFKA_SERVER))
        .noneMatch(name -> name.matches("^librocksdbjni-(osx|win).*"))
        .contains("librocksdbjni-linux64.so", "librocksdbjni-linux-aarch64.so");
  }

  @Test
  void shouldLeaveTestCodeAndKafkasServerOutOfNewsroomJarButKeepTheDesktopNatives() throws IOException {
    Set<String> names = entries(NewsroomProcess.built("newsroom.jar"));

    assertThat(names).noneMatch(name -> name.matches(TEST_CODE)).noneMatch(name -> name.matches(KAFKA_SERVER))
        .contains("librocksdbjni-linux64.so", "librocksdbjni-osx-arm64.jnilib", "librocksdbjni-win64.dll");
    try (JarFile jar = new JarFile(NewsroomProcess.built("newsroom.jar").toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Class-Path")).isEqualTo("newsroom-demo-broker.jar");
    }
  }

  @Test
  void shouldCarryKafkasServerInTheDemoBrokerJarAndNoClassNewsroomJarHas() throws IOException {
    Set<String> broker = entries(NewsroomProcess.built("newsroom-demo-broker.jar"));
    Set<String> classes = entries(NewsroomProcess.built("newsroom.jar")).stream()
        .filter(name -> name.endsWith(".class") && !name.startsWith("META-INF/")).collect(Collectors.toSet());

    assertThat(broker).contains("kafka/server/KafkaRaftServer.class", "dev/newsroom/demobroker/EmbeddedKafka.class")
        .noneMatch(name -> name.matches(TEST_CODE))
        .doesNotContain("org/apache/kafka/clients/producer/KafkaProducer.class")
        .noneMatch(classes::contains);
  }

  @Test
  void shouldRunTheDemoFromNewsroomJarWithItsBrokerBesideIt() throws Exception {
    Path jar = Files.copy(NewsroomProcess.built("newsroom.jar"), dir.resolve("newsroom.jar"));
    Files.copy(NewsroomProcess.built("newsroom-demo-broker.jar"), dir.resolve("newsroom-demo-broker.jar"));

    try (NewsroomProcess demo = NewsroomProcess.start(jar, dir.resolve("demo.log"), List.of("demo"))) {
      assertThat(demo.process.waitFor(240, TimeUnit.SECONDS)).as(demo.tail()).isTrue();
      assertThat(demo.process.exitValue()).as(demo.tail()).isZero();
      assertThat(Files.readString(demo.log)).contains("1 partnership-upgrade alert.");
    }
  }

  @Test
  void shouldSayTheDemoNeedsItsBrokerWhenTheImageJarRunsAlone() throws Exception {
    Path jar = Files.copy(NewsroomProcess.built("newsroom-linux.jar"), dir.resolve("newsroom.jar"));

    try (NewsroomProcess demo = NewsroomProcess.start(jar, dir.resolve("demo.log"), List.of("demo"))) {
      assertThat(demo.process.waitFor(60, TimeUnit.SECONDS)).as(demo.tail()).isTrue();
      assertThat(demo.process.exitValue()).as(demo.tail()).isEqualTo(2);
      assertThat(Files.readString(demo.log)).contains("newsroom demo needs newsroom-demo-broker.jar beside newsroom.jar")
          .doesNotContain("Exception").doesNotContain("Starting a Kafka broker");
    }
  }

  private static Set<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(ZipEntry::getName).collect(Collectors.toSet());
    }
  }
}
