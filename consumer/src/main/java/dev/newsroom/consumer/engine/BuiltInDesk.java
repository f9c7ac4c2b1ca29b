package dev.newsroom.consumer.engine;

import dev.newsroom.consumer.desk.AlertFilter;
import dev.newsroom.consumer.desk.ChannelSpec;
import dev.newsroom.consumer.desk.Desk;
import dev.newsroom.consumer.desk.Route;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The desk of {@code newsroom alerts} without a desk file: the console (readable or {@code --json}) unless
 * {@code --quiet}, then each {@code --webhook} in the order given, all on one default route.
 */
public final class BuiltInDesk {

  public static final String CONSOLE = "console";

  private BuiltInDesk() {}

  /** @throws IllegalArgumentException when it would deliver alerts nowhere */
  public static Desk of(boolean json, boolean quiet, List<URI> webhooks) {
    Map<String, ChannelSpec> channels = new LinkedHashMap<>();
    if (!quiet) {
      channels.put(CONSOLE, new ChannelSpec.Console(CONSOLE, json));
    }
    for (URI webhook : webhooks) {
      String name = "webhook " + webhook;
      for (int n = 2; channels.containsKey(name); n++) {
        name = "webhook " + webhook + " (" + n + ")"; // the same URL twice still gets every alert twice
      }
      channels.put(name, new ChannelSpec.Webhook(name, webhook, List.of()));
    }
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("--quiet without --webhook would deliver alerts nowhere");
    }
    List<String> all = new ArrayList<>(channels.keySet());
    return new Desk(Map.copyOf(channels), List.of(new Route("default", AlertFilter.ANY, all)), List.copyOf(all));
  }
}
