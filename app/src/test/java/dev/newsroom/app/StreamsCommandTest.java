package dev.newsroom.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsroom.app.config.NewsroomConfig;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The settings {@code newsroom streams} builds: the address it advertises to the others, its instance name. */
class StreamsCommandTest {

  private static NewsroomConfig config(Map<String, String> flags) {
    return NewsroomConfig.load(null, Map.of(), flags);
  }

  @Test
  void shouldAdvertiseTheHttpHostByDefault() throws Exception {
    assertThat(StreamsCommand.advertisedHost(config(Map.of()))).isEqualTo("127.0.0.1");
    assertThat(StreamsCommand.advertisedHost(config(Map.of("newsroom.http.host", "10.1.2.3")))).isEqualTo("10.1.2.3");
  }

  @Test
  void shouldAdvertiseTheConfiguredHostOverTheHttpHost() throws Exception {
    assertThat(StreamsCommand.advertisedHost(config(Map.of("newsroom.http.host", "0.0.0.0",
        "newsroom.http.advertised.host", "streams-1.desk.internal")))).isEqualTo("streams-1.desk.internal");
  }

  @Test
  void shouldAdvertiseTheMachinesNameRatherThanAWildcardNoOneCanConnectTo() throws Exception {
    String advertised = StreamsCommand.advertisedHost(config(Map.of("newsroom.http.host", "0.0.0.0")));

    assertThat(advertised).isNotEqualTo("0.0.0.0").isEqualTo(InetAddress.getLocalHost().getHostName());
  }

  @Test
  void shouldRefuseAnInstanceNameKafkaCannotUseBeforeReachingTheBroker() {
    Cli run = Cli.run("streams", "--bootstrap-server", "127.0.0.1:1", "--set",
        "newsroom.streams.instance.name=desk 1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("newsroom: configuration: newsroom.streams.instance.name must be letters, "
        + "digits, '.', '_' or '-' (at most 200), got 'desk 1'" + System.lineSeparator());
  }
}
