package dev.newsroom.benchmarks.load;

import dev.newsroom.schemas.Topics;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Newsroom's topics under one prefix, so that runs on one broker never read each other's output. The raw topic
 * can be shared (several measurements on one preloaded input).
 */
record TopicNames(String prefix, String raw) {

  static TopicNames of(String prefix) {
    return new TopicNames(prefix, prefix + ".raw");
  }

  TopicNames withRaw(String sharedRaw) {
    return new TopicNames(prefix, sharedRaw);
  }

  String tagged() {
    return prefix + ".tagged";
  }

  String duplicates() {
    return prefix + ".duplicates";
  }

  String rejected() {
    return prefix + ".rejected";
  }

  String alerts() {
    return prefix + ".alerts";
  }

  /** The {@code newsroom.topic.*} settings that point the app at these topics. */
  Map<String, String> settings() {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put(Topics.RAW, raw);
    settings.put(Topics.TAGGED, tagged());
    settings.put(Topics.DUPLICATES, duplicates());
    settings.put(Topics.REJECTED, rejected());
    settings.put(Topics.ALERTS, alerts());
    settings.put(Topics.LEDGER, prefix + ".ledger");
    settings.put(Topics.LEDGER_SEEDS, prefix + ".ledger.seeds");
    return settings;
  }

  Topics topics() {
    return Topics.from(settings());
  }
}
