package dev.newsroom.consumer.desk;

import java.net.URI;
import java.util.List;

/** One delivery channel of a desk file, by type. */
public sealed interface ChannelSpec {

  String name();

  /** A signed JSON webhook; {@code secrets} empty for unsigned deliveries, two during a rotation. */
  record Webhook(String name, URI url, List<String> secrets) implements ChannelSpec {}

  /** A Slack incoming webhook (Block Kit message). */
  record Slack(String name, URI url) implements ChannelSpec {}

  /** A Microsoft Teams Workflows webhook (Adaptive Card). */
  record Teams(String name, URI url) implements ChannelSpec {}

  /** SMTP; {@code username} null for no authentication. */
  record Email(String name, String host, int port, String from, List<String> to, String username, String password,
      boolean startTls) implements ChannelSpec {

    @Override
    public String toString() {
      return "Email[" + name + " " + host + ":" + port + " from " + from + " to " + to + "]";
    }
  }

  /** Standard output, readable or JSON lines. */
  record Console(String name, boolean json) implements ChannelSpec {}
}
