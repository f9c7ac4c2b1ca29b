package dev.newsroom.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopicsTest {

  @Test
  void shouldUseDefaultNamesWhenNotConfigured() {
    Topics topics = Topics.defaults();

    assertThat(topics.rawReleases().name()).isEqualTo("newsroom.releases.raw");
    assertThat(topics.alerts().name()).isEqualTo("newsroom.alerts");
    assertThat(topics.alerts().compacted()).isTrue();
    assertThat(topics.all()).hasSize(7);
    assertThat(topics.ledger().compacted()).isTrue();
  }

  @Test
  void shouldTakeConfiguredName() {
    Topics topics = Topics.from(Map.of(Topics.RAW, "desk.raw"));

    assertThat(topics.rawReleases().name()).isEqualTo("desk.raw");
    assertThat(topics.taggedReleases().name()).isEqualTo("newsroom.releases.tagged");
  }

  @Test
  void shouldFailFastOnInvalidTopicName() {
    assertThatThrownBy(() -> Topics.from(Map.of(Topics.ALERTS, "bad name!")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newsroom.topic.alerts");
  }

  @Test
  void shouldCarryEachTopicsRetentionAsData() {
    Topics topics = Topics.defaults();

    assertThat(topics.rawReleases().topicConfig()).containsEntry("retention.ms", String.valueOf(7L * 24 * 3600 * 1000));
    assertThat(topics.duplicates().retention()).isEqualTo(Duration.ofDays(7));
    assertThat(topics.taggedReleases().retention()).isEqualTo(Duration.ofDays(30));
    assertThat(topics.ledger().topicConfig()).containsEntry("cleanup.policy", "compact").doesNotContainKey("retention.ms");
  }

  @Test
  void shouldRefuseATimeRetainedTopicWithoutRetention() {
    assertThatThrownBy(() -> new TopicSpec<>("t", null, null, false, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("retention");
  }

  @Test
  void shouldKeepSingleObjectSerdesWhenNoRegistryIsSet() {
    Topics topics = Topics.from(Map.of(Topics.SCHEMA_REGISTRY_URL, " "));

    assertThat(topics.alerts().valueSerde()).isSameAs(Contracts.ALERT);
    assertThat(topics.rawReleases().valueSerde()).isSameAs(Contracts.RAW_RELEASE);
  }

  @Test
  void shouldUseRegistryWireFormatForEveryPublicTopicWhenARegistryIsSet() {
    Topics topics = Topics.from(Map.of(Topics.SCHEMA_REGISTRY_URL, "http://127.0.0.1:8081/apis/ccompat/v7"));

    assertThat(topics.all()).allSatisfy(topic ->
        assertThat(topic.valueSerde()).isInstanceOf(RegistryWireSerde.class));
  }

  @Test
  void shouldFailFastOnARegistryUrlThatIsNotHttp() {
    assertThatThrownBy(() -> Topics.from(Map.of(Topics.SCHEMA_REGISTRY_URL, "localhost:8081")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("newsroom.schema.registry.url")
        .hasMessageContaining("not an http:// or https:// URL");
  }
}
