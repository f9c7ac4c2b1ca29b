package dev.newsroom.consumer.channel;

import dev.newsroom.consumer.format.AlertHeadline;
import dev.newsroom.consumer.format.AlertHtml;
import dev.newsroom.consumer.format.AlertText;
import dev.newsroom.avro.Alert;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails each alert over SMTP as {@code multipart/alternative}: a plain-text part ({@link AlertText}) and an
 * HTML part ({@link AlertHtml}). The {@code Message-ID} is {@code <alertId-vN@newsroom>} on every try, so a
 * mail system can drop repeats; the CloudEvents id is also in an {@code X-Newsroom-Delivery-Id} header.
 * Connection failures are retried with {@link Backoff}; a rejected address is final.
 */
public final class EmailSink implements AlertSink {

  private static final Logger log = LoggerFactory.getLogger(EmailSink.class);

  /**
   * @param username null for no authentication
   */
  public record Smtp(String host, int port, boolean startTls, String username, String password, Duration timeout) {

    @Override
    public String toString() {
      return "Smtp[" + host + ":" + port + (startTls ? " starttls" : "") + (username == null ? "" : " as " + username)
          + "]";
    }
  }

  private final String channel;
  private final Session session;
  private final InternetAddress from;
  private final InternetAddress[] to;
  private final Backoff backoff;

  public EmailSink(String channel, Smtp smtp, String from, List<String> to, Backoff backoff) {
    this.channel = channel;
    this.backoff = backoff;
    Properties props = new Properties();
    props.put("mail.smtp.host", smtp.host());
    props.put("mail.smtp.port", Integer.toString(smtp.port()));
    props.put("mail.smtp.connectiontimeout", Long.toString(smtp.timeout().toMillis()));
    props.put("mail.smtp.timeout", Long.toString(smtp.timeout().toMillis()));
    props.put("mail.smtp.writetimeout", Long.toString(smtp.timeout().toMillis()));
    if (smtp.startTls()) {
      props.put("mail.smtp.starttls.enable", "true");
      props.put("mail.smtp.starttls.required", "true");
    }
    Authenticator authenticator = null;
    if (smtp.username() != null) {
      props.put("mail.smtp.auth", "true");
      authenticator = new Authenticator() {
        @Override
        protected PasswordAuthentication getPasswordAuthentication() {
          return new PasswordAuthentication(smtp.username(), smtp.password());
        }
      };
    }
    this.session = Session.getInstance(props, authenticator);
    try {
      this.from = new InternetAddress(from, true);
      this.to = new InternetAddress[to.size()];
      for (int i = 0; i < to.size(); i++) {
        this.to[i] = new InternetAddress(to.get(i), true);
      }
    } catch (AddressException e) {
      throw new IllegalArgumentException(channel + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void deliver(Alert alert) throws DeliveryException {
    String id = WebhookSink.webhookId(alert);
    String lastProblem = "";
    for (int attempt = 1; attempt <= backoff.maxAttempts(); attempt++) {
      try {
        Transport.send(message(alert));
        return;
      } catch (SendFailedException e) {
        throw new DeliveryException(channel + " refused " + id + ": " + e.getMessage(), true);
      } catch (MessagingException e) {
        lastProblem = e.toString();
      }
      log.warn("{} attempt {}/{} for {} failed: {}", channel, attempt, backoff.maxAttempts(), id, lastProblem);
      if (attempt < backoff.maxAttempts()) {
        try {
          Thread.sleep(backoff.delayBefore(attempt).toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new DeliveryException("interrupted during backoff", e);
        }
      }
    }
    throw new DeliveryException(channel + " failed " + backoff.maxAttempts() + " times for alert " + id
        + "; last: " + lastProblem);
  }

  MimeMessage message(Alert alert) throws MessagingException {
    String id = WebhookSink.webhookId(alert);
    MimeMessage message = new MimeMessage(session) {
      @Override
      protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", "<" + id + "@newsroom>");
      }
    };
    message.setFrom(from);
    message.setRecipients(Message.RecipientType.TO, to);
    message.setSubject(AlertHeadline.of(alert) + " (v" + alert.getVersion() + ")", StandardCharsets.UTF_8.name());
    message.setHeader("X-Newsroom-Delivery-Id", id);
    MimeBodyPart text = new MimeBodyPart();
    text.setText(AlertText.format(alert), StandardCharsets.UTF_8.name(), "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(AlertHtml.format(alert), StandardCharsets.UTF_8.name(), "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.setSentDate(new java.util.Date());
    return message;
  }
}
