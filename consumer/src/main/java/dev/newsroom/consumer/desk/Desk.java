package dev.newsroom.consumer.desk;

import dev.newsroom.avro.Alert;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A desk's delivery plan, read from its YAML file: the channels and the routes. An alert goes to the channels of
 * every route it matches, each channel once, in the order they are first named; an alert that matches no route
 * goes to the default channels. A version that a route is about but whose change the route leaves out
 * ({@code changes}) goes nowhere on that route, and not to the default either: the default is for events no route
 * is about, not for the versions a route chose not to push.
 */
public record Desk(Map<String, ChannelSpec> channels, List<Route> routes, List<String> defaultChannels) {

  public List<String> channelsFor(Alert alert) {
    Set<String> chosen = new LinkedHashSet<>();
    boolean concerned = false;
    for (Route route : routes) {
      if (route.match().matches(alert)) {
        chosen.addAll(route.to());
      }
      concerned |= route.match().concerns(alert);
    }
    return List.copyOf(concerned ? chosen : defaultChannels);
  }
}
