package dev.newsroom.consumer.desk;

import dev.newsroom.consumer.channel.AlertSink;
import dev.newsroom.consumer.channel.Backoff;
import dev.newsroom.consumer.channel.EmailSink;
import dev.newsroom.consumer.channel.PrintSink;
import dev.newsroom.consumer.channel.SlackSink;
import dev.newsroom.consumer.channel.TeamsSink;
import dev.newsroom.consumer.webhook.WebhookSigner;
import dev.newsroom.consumer.channel.WebhookSink;
import dev.newsroom.consumer.webhook.WebhookSecret;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Builds the sink of every channel of a desk file. */
public final class DeskChannels {

  private DeskChannels() {}

  /**
   * @param tryBackoff the in-process retries of one try: keep it short, the retry topic does the long waits
   * @param timeout of one HTTP request or SMTP connection
   */
  public static Map<String, AlertSink> build(Desk desk, Backoff tryBackoff, Duration timeout, Clock clock,
      PrintWriter console) {
    Map<String, AlertSink> sinks = new LinkedHashMap<>();
    for (ChannelSpec spec : desk.channels().values()) {
      String label = spec.name();
      AlertSink sink;
      if (spec instanceof ChannelSpec.Webhook w) {
        sink = new WebhookSink(label, w.url(), tryBackoff, timeout,
            w.secrets().isEmpty() ? null : new WebhookSigner(w.secrets().stream().map(WebhookSecret::parse).toList()),
            clock);
      } else if (spec instanceof ChannelSpec.Slack s) {
        sink = new SlackSink(label, s.url(), tryBackoff, timeout, clock);
      } else if (spec instanceof ChannelSpec.Teams t) {
        sink = new TeamsSink(label, t.url(), tryBackoff, timeout, clock);
      } else if (spec instanceof ChannelSpec.Email e) {
        sink = new EmailSink(label, new EmailSink.Smtp(e.host(), e.port(), e.startTls(), e.username(), e.password(),
            timeout), e.from(), e.to(), tryBackoff);
      } else {
        sink = new PrintSink(console, ((ChannelSpec.Console) spec).json());
      }
      sinks.put(spec.name(), sink);
    }
    return sinks;
  }
}
