package dev.newsroom.consumer.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Against the example of the Standard Webhooks specification. */
public class WebhookVerifierTest {

  public static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
  static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
  static final long TIMESTAMP = 1614265330;
  static final String BODY = "{\"test\": 2432232314}";
  static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
  private static final String OTHER_SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[24]);

  private static WebhookVerifier verifierAt(long now, String... secrets) {
    return new WebhookVerifier(List.of(secrets).stream().map(WebhookSecret::parse).toList(), Duration.ofMinutes(5),
        Clock.fixed(Instant.ofEpochSecond(now), ZoneOffset.UTC));
  }

  @Test
  void shouldSignSpecificationExampleExactly() {
    assertThat(WebhookSecret.parse(SECRET).sign(ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
  }

  @Test
  void shouldAcceptSpecificationExampleWithinTolerance() {
    assertThatCode(() -> verifierAt(TIMESTAMP + 60, SECRET).verify(ID, Long.toString(TIMESTAMP), SIGNATURE, BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldAcceptWhenAnyOfRotatedSignaturesMatches() {
    String header = WebhookSigner.of(OTHER_SECRET, SECRET).signatureHeader(ID, TIMESTAMP, BODY);

    assertThat(header.split(" ")).hasSize(2).contains(SIGNATURE);
    assertThatCode(() -> verifierAt(TIMESTAMP, SECRET).verify(ID, Long.toString(TIMESTAMP), header, BODY))
        .doesNotThrowAnyException();
    assertThatCode(() -> verifierAt(TIMESTAMP, OTHER_SECRET).verify(ID, Long.toString(TIMESTAMP), header, BODY))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldRejectTamperedBody() {
    assertThatThrownBy(() -> verifierAt(TIMESTAMP, SECRET)
        .verify(ID, Long.toString(TIMESTAMP), SIGNATURE, "{\"test\": 2432232315}"))
        .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("no v1 signature");
  }

  @Test
  void shouldRejectTimestampOutsideTolerance() {
    assertThatThrownBy(() -> verifierAt(TIMESTAMP + 301, SECRET).verify(ID, Long.toString(TIMESTAMP), SIGNATURE, BODY))
        .isInstanceOf(WebhookVerificationException.class).hasMessageContaining("tolerance of 300 s");
    assertThatThrownBy(() -> verifierAt(TIMESTAMP - 301, SECRET).verify(ID, Long.toString(TIMESTAMP), SIGNATURE, BODY))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void shouldRejectOtherSecretAndMalformedHeaders() {
    assertThatThrownBy(() -> verifierAt(TIMESTAMP, OTHER_SECRET).verify(ID, Long.toString(TIMESTAMP), SIGNATURE, BODY))
        .isInstanceOf(WebhookVerificationException.class);
    assertThatThrownBy(() -> verifierAt(TIMESTAMP, SECRET).verify(ID, "yesterday", SIGNATURE, BODY))
        .hasMessageContaining("unix seconds");
    assertThatThrownBy(() -> verifierAt(TIMESTAMP, SECRET).verify(ID, Long.toString(TIMESTAMP), "v1,!!!", BODY))
        .isInstanceOf(WebhookVerificationException.class);
  }

  @Test
  void shouldRefuseSecretWithoutPrefixWithoutEchoingIt() {
    assertThatThrownBy(() -> WebhookSecret.parse("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("MfKQ9r8");
  }
}
