package dev.newsroom.app;

import dev.newsroom.consumer.WebhookSecret;
import dev.newsroom.consumer.WebhookVerificationException;
import dev.newsroom.consumer.WebhookVerifier;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "verify-webhook", mixinStandardHelpOptions = true,
    description = {"Verifies a signed webhook delivery the way a receiver should (Standard Webhooks).",
        "It checks the HMAC-SHA256 of \"id.timestamp.body\" with the whsec_ secret, compared in constant time, and a",
        "timestamp within the tolerance of now. The body is read from --body-file or standard input, byte for byte.",
        "Exits 0 and prints 'valid' when it verifies, 1 with the reason on standard error when it does not."})
final class VerifyWebhookCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--secret", required = true, paramLabel = "whsec_...",
      description = "Signing secret; repeat during a rotation (any one matching is enough).")
  List<String> secrets;

  @Option(names = "--id", required = true, description = "The webhook-id header.")
  String id;

  @Option(names = "--timestamp", required = true, paramLabel = "UNIX_SECONDS", description = "The webhook-timestamp header.")
  String timestamp;

  @Option(names = "--signature", required = true, paramLabel = "v1,...",
      description = "The webhook-signature header (space-separated signatures allowed).")
  String signature;

  @Option(names = "--body-file", paramLabel = "FILE", description = "The raw request body (default: standard input).")
  Path bodyFile;

  @Option(names = "--tolerance", paramLabel = "SECONDS", defaultValue = "300",
      description = "Largest accepted distance between the timestamp and now (default: ${DEFAULT-VALUE}).")
  long toleranceSeconds;

  @Option(names = "--now", paramLabel = "UNIX_SECONDS",
      description = "Verify as if it were this time, e.g. to check a recorded delivery.")
  Long now;

  InputStream in = System.in;

  @Override
  public Integer call() throws IOException {
    List<WebhookSecret> parsed = secrets.stream().map(WebhookSecret::parse).toList();
    Clock clock = now == null ? Clock.systemUTC() : Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC);
    byte[] body = bodyFile == null ? in.readAllBytes() : Files.readAllBytes(bodyFile);
    WebhookVerifier verifier = new WebhookVerifier(parsed, Duration.ofSeconds(toleranceSeconds), clock);
    try {
      verifier.verify(id, timestamp, signature, new String(body, StandardCharsets.UTF_8));
      spec.commandLine().getOut().println("valid");
      spec.commandLine().getOut().flush();
      return 0;
    } catch (WebhookVerificationException e) {
      spec.commandLine().getErr().println("invalid: " + e.getMessage());
      spec.commandLine().getErr().flush();
      return 1;
    }
  }
}
