package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The Standard Webhooks specification's own example, checked the way a receiver would. */
class VerifyWebhookCommandTest {

  private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  private static final String TIMESTAMP = "1614265330";
  private static final String BODY = "{\"test\": 2432232314}";
  private static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

  @TempDir
  Path dir;

  @Test
  void shouldAcceptSpecificationExampleFromBodyFile() throws Exception {
    Path body = Files.writeString(dir.resolve("body.json"), BODY);

    Cli result = Cli.run("verify-webhook", "--secret", SECRET, "--id", ID, "--timestamp", TIMESTAMP,
        "--signature", SIGNATURE, "--body-file", body.toString(), "--now", "1614265400");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out().strip()).isEqualTo("valid");
  }

  @Test
  void shouldAcceptSpecificationExampleFromStandardInputWithRotatedSecrets() {
    VerifyWebhookCommand command = new VerifyWebhookCommand();
    command.in = new ByteArrayInputStream(BODY.getBytes(StandardCharsets.UTF_8));

    Cli result = Cli.run(new CommandLine(command), "--secret", "whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "--secret", SECRET, "--id", ID, "--timestamp", TIMESTAMP, "--signature", "v1,bm90IGl0 " + SIGNATURE,
        "--now", TIMESTAMP);

    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void shouldRejectChangedBodyWithReasonAndExitOne() throws Exception {
    Path body = Files.writeString(dir.resolve("body.json"), "{\"test\": 1}");

    Cli result = Cli.run("verify-webhook", "--secret", SECRET, "--id", ID, "--timestamp", TIMESTAMP,
        "--signature", SIGNATURE, "--body-file", body.toString(), "--now", TIMESTAMP);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("invalid: no v1 signature");
  }

  @Test
  void shouldRejectOldTimestampByDefault() throws Exception {
    Path body = Files.writeString(dir.resolve("body.json"), BODY);

    Cli result = Cli.run("verify-webhook", "--secret", SECRET, "--id", ID, "--timestamp", TIMESTAMP,
        "--signature", SIGNATURE, "--body-file", body.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).contains("tolerance of 300 s");
  }
}
