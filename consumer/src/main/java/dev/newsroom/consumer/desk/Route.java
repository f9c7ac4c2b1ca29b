package dev.newsroom.consumer.desk;

import java.util.List;

/** A subscription: alerts that match go to these channels. */
public record Route(String name, AlertFilter match, List<String> to) {}
