package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./newsroom} launcher, run on a copy of itself beside a stand-in {@code mvnw} that prints what
 * Maven prints (nothing at all with {@code -q}) and a stand-in {@code java}: the real build is not run.
 */
class NewsroomScriptTest {

  @TempDir
  Path root;

  private Path executable(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  @Test
  void shouldSayItIsBuildingAndNameEachModuleWhileTheFirstBuildRuns() throws Exception {
    Files.copy(Path.of("..", "newsroom"), root.resolve("newsroom"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.writeString(root.resolve("pom.xml"), "<project/>");
    Files.createDirectories(root.resolve("app/src"));
    executable(root.resolve("mvnw"), """
        #!/usr/bin/env bash
        for arg in "$@"; do [ "$arg" = -q ] && exit_quietly=1; done
        if [ -z "${exit_quietly:-}" ]; then
          echo "[INFO] Scanning for projects..."
          echo "[INFO] Building Newsroom schemas 0.1.0-SNAPSHOT                                [1/2]"
          echo "[INFO] Building jar: /somewhere/newsroom-schemas.jar"
          echo "[INFO] Building Newsroom app 0.1.0-SNAPSHOT                                    [2/2]"
          echo "[INFO] BUILD SUCCESS"
        fi
        mkdir -p app/target && touch app/target/newsroom.jar
        """);
    Path bin = root.resolve("bin");
    executable(bin.resolve("java"), "#!/usr/bin/env bash\necho \"java $*\"\n");

    ProcessBuilder run = new ProcessBuilder("bash", root.resolve("newsroom").toString(), "--version");
    run.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process process = run.start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.exitValue()).as(err).isZero();
    assertThat(err.lines().toList()).startsWith(
            "newsroom: building " + root.toRealPath().resolve("app/target/newsroom.jar")
                + " (first run or sources changed; a first build takes about a minute)...",
            "newsroom:   building Newsroom schemas 0.1.0-SNAPSHOT [1/2]",
            "newsroom:   building Newsroom app 0.1.0-SNAPSHOT [2/2]")
        .anySatisfy(line -> assertThat(line).matches("newsroom: built in \\d+ s"))
        .noneMatch(line -> line.contains("Scanning") || line.contains("Building jar"));
    assertThat(out).isEqualTo("java -jar " + root.toRealPath().resolve("app/target/newsroom.jar") + " --version\n");
  }
}
