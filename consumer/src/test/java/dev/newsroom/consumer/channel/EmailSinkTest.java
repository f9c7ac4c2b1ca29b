package dev.newsroom.consumer.channel;

import dev.newsroom.consumer.format.AlertHtml;
import dev.newsroom.consumer.Alerts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Against GreenMail's SMTP server in this JVM. */
class EmailSinkTest {

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private static final Backoff FAST = new Backoff(2, Duration.ofMillis(5), Duration.ofMillis(10));

  private EmailSink sink(int port) {
    return new EmailSink("desk-mail", new EmailSink.Smtp("127.0.0.1", port, false, null, null, Duration.ofSeconds(5)),
        "newsroom@example.org", List.of("desk@example.org", "duty@example.org"), FAST);
  }

  @Test
  void shouldSendPlainTextAndHtmlPartsWithStableMessageId() throws Exception {
    sink(mail.getSmtp().getPort()).deliver(Alerts.sample());

    MimeMessage[] received = mail.getReceivedMessages();
    assertThat(received).hasSize(2); // one per recipient
    MimeMessage message = received[0];
    assertThat(message.getSubject()).isEqualTo(
        "Upgrade JP–KH: strategic partnership → comprehensive strategic partnership [agreed] · source added (v2)");
    assertThat(message.getMessageID()).isEqualTo("<upg-0123456789abcdef-v2@newsroom>");
    assertThat(message.getHeader("X-Newsroom-Delivery-Id")[0]).isEqualTo("upg-0123456789abcdef-v2");
    assertThat(message.getFrom()[0].toString()).isEqualTo("newsroom@example.org");
    MimeMultipart parts = (MimeMultipart) message.getContent();
    assertThat(parts.getContentType()).startsWith("multipart/alternative");
    assertThat(parts.getBodyPart(0).getContentType()).startsWith("text/plain");
    assertThat(GreenMailUtil.getBody(parts.getBodyPart(0))).contains("ALERT JP-KH");
    assertThat(parts.getBodyPart(1).getContentType()).startsWith("text/html");
    assertThat((String) parts.getBodyPart(1).getContent())
        .contains("<h2>Upgrade JP–KH</h2>")
        .contains("<a href=\"https://m/1\">Ministry (ministry)</a>");
  }

  @Test
  void shouldFailRetryablyWhenNoServerListens() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    EmailSink sink = sink(closed);

    assertThatThrownBy(() -> sink.deliver(Alerts.sample()))
        .isInstanceOf(DeliveryException.class)
        .hasMessageContaining("failed 2 times")
        .matches(e -> !((DeliveryException) e).permanent());
  }

  @Test
  void shouldEscapeHtmlInEvidence() {
    String html = AlertHtml.format(dev.newsroom.avro.Alert.newBuilder(Alerts.sample())
        .setEvidence("<script>alert(1)</script>").build());

    assertThat(html).contains("&lt;script&gt;").doesNotContain("<script>");
  }
}
