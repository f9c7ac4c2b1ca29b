package dev.newsroom.consumer.desk;

import dev.newsroom.avro.Alert;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A desk's delivery plan, read from its YAML file: the channels and the routes. An alert goes to the channels of
 * every route it matches, each channel once, in the order they are first named; an alert that matches no route
 * goes to the default channels.
 */
public record Desk(Map<String, ChannelSpec> channels, List<Route> routes, List<String> defaultChannels) {

  public List<String> channelsFor(Alert alert) {
    Set<String> chosen = new LinkedHashSet<>();
    for (Route route : routes) {
      if (route.match().matches(alert)) {
        chosen.addAll(route.to());
      }
    }
    return List.copyOf(chosen.isEmpty() ? defaultChannels : chosen);
  }
}
