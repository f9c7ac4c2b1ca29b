package dev.newsroom.schemas.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocatedYamlTest {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  record Feed(String id, Integer every, List<String> tags) {
    Feed {
      if (id == null) {
        throw new IllegalArgumentException("'id' is required");
      }
    }
  }

  record Sources(List<Feed> feeds) {}

  @Test
  void shouldKnowTheLineOfEveryNode() {
    LocatedYaml yaml = LocatedYaml.parse("s.yaml", "feeds:\n  - id: a\n    tags: [x, y]\n  - id: b\n");

    assertThat(yaml.line("feeds")).isEqualTo(2);
    assertThat(yaml.line("feeds[0].tags[1]")).isEqualTo(3);
    assertThat(yaml.line("feeds[1].id")).isEqualTo(4);
    assertThat(yaml.error("feeds[1].id", "taken")).hasMessage("s.yaml:4: feeds[1].id: taken");
  }

  @Test
  void shouldSuggestTheKeyATypoMeant() {
    LocatedYaml yaml = LocatedYaml.parse("desk.yaml", "channels: {}\nintervall: 5m\n");

    assertThat(yaml.unknownKey("", "intervall", Set.of("interval", "channels")))
        .hasMessage("desk.yaml:2: unknown key 'intervall' (did you mean 'interval'?)");
    assertThat(yaml.unknownKey("", "intervall", Set.of("routes", "channels")))
        .hasMessage("desk.yaml:2: unknown key 'intervall'; expected one of [channels, routes]");
  }

  @Test
  void shouldBindAndSayInWordsWhatTheTypeRefused() {
    assertThat(LocatedYaml.parse("s.yaml", "feeds:\n  - {id: a, every: '5', tags: [x]}\n").bind(MAPPER, Sources.class))
        .isEqualTo(new Sources(List.of(new Feed("a", 5, List.of("x")))));
    assertThatThrownBy(() -> LocatedYaml.parse("s.yaml", "feeds:\n  - id: a\n    evry: 5\n").bind(MAPPER, Sources.class))
        .isInstanceOf(ConfigFileException.class)
        .hasMessage("s.yaml:3: feeds[0]: unknown key 'evry' (did you mean 'every'?)");
    assertThatThrownBy(() -> LocatedYaml.parse("s.yaml", "feeds:\n  - id: a\n    every: often\n").bind(MAPPER,
        Sources.class))
        .hasMessage("s.yaml:3: feeds[0].every: 'often' is not a whole number");
    assertThatThrownBy(() -> LocatedYaml.parse("s.yaml", "feeds:\n\n  - every: 5\n").bind(MAPPER, Sources.class))
        .hasMessage("s.yaml:3: feeds[0]: 'id' is required");
    assertThatThrownBy(() -> LocatedYaml.parse("s.yaml", "feeds:\n  - id: a\n    tags: x\n").bind(MAPPER, Sources.class))
        .hasMessageStartingWith("s.yaml:3: feeds[0].tags: ")
        .hasMessageNotContaining("dev.newsroom").hasMessageNotContaining("class");
  }

  @Test
  void shouldRefuseAKeyGivenTwiceBadYamlAnEmptyFileAndAMissingOne(@TempDir Path dir) {
    assertThatThrownBy(() -> LocatedYaml.parse("d.yaml", "a: 1\nb: 2\na: 3\n")).hasMessage("d.yaml:3: a: given twice");
    assertThatThrownBy(() -> LocatedYaml.parse("d.yaml", "a: [1,\n")).isInstanceOf(ConfigFileException.class)
        .hasMessageStartingWith("d.yaml:").hasMessageContaining("not valid YAML");
    assertThatThrownBy(() -> LocatedYaml.parse("d.yaml", "")).hasMessage("d.yaml: the file is empty");
    Path missing = dir.resolve("nope.yaml");
    assertThatThrownBy(() -> LocatedYaml.load(missing)).hasMessage(missing + ": does not exist");
  }
}
