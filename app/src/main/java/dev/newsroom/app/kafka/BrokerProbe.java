package dev.newsroom.app.kafka;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Waits until one of the bootstrap addresses accepts a TCP connection, before any Kafka client is made. A Kafka
 * client that cannot connect retries with a WARN line a second for a minute; a command should instead say in
 * one line, within the time it states, that no broker answered.
 */
public final class BrokerProbe {

  private static final Duration ONE_TRY = Duration.ofSeconds(1);
  private static final Duration PAUSE = Duration.ofMillis(200);

  private BrokerProbe() {}

  /**
   * @param bootstrapServers {@code host:port[,host:port...]}, as Kafka's {@code bootstrap.servers}
   * @throws IllegalStateException naming the addresses when none accepted a connection within {@code timeout}
   */
  public static void await(String bootstrapServers, Duration timeout) {
    List<InetSocketAddress> addresses = parse(bootstrapServers);
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      for (InetSocketAddress address : addresses) {
        if (accepts(address, remaining(deadline))) {
          return;
        }
      }
      if (remaining(deadline).isZero()) {
        throw new IllegalStateException(unreachable(bootstrapServers, timeout));
      }
      try {
        Thread.sleep(Math.min(PAUSE.toMillis(), remaining(deadline).toMillis())); // a broker may be starting
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for Kafka at " + bootstrapServers, e);
      }
    }
  }

  /** The one line a command prints when the broker is not there. */
  public static String unreachable(String bootstrapServers, Duration timeout) {
    return "no Kafka broker answered at " + bootstrapServers + " within " + seconds(timeout)
        + " (is it running? set the address with --bootstrap-server or kafka.bootstrap.servers)";
  }

  static String seconds(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  static List<InetSocketAddress> parse(String bootstrapServers) {
    List<InetSocketAddress> addresses = new ArrayList<>();
    for (String entry : bootstrapServers == null ? new String[0] : bootstrapServers.split(",")) {
      String address = entry.strip().replaceFirst("^[A-Za-z_]+://", "");
      int colon = address.lastIndexOf(':');
      if (address.isEmpty()) {
        continue;
      }
      if (colon <= 0 || colon == address.length() - 1) {
        throw new IllegalArgumentException("kafka.bootstrap.servers: '" + entry.strip() + "' is not HOST:PORT");
      }
      String host = address.substring(0, colon).replaceAll("^\\[|]$", "");
      try {
        addresses.add(InetSocketAddress.createUnresolved(host, Integer.parseInt(address.substring(colon + 1))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("kafka.bootstrap.servers: '" + entry.strip() + "' is not HOST:PORT");
      }
    }
    if (addresses.isEmpty()) {
      throw new IllegalArgumentException("kafka.bootstrap.servers is empty");
    }
    return addresses;
  }

  private static boolean accepts(InetSocketAddress address, Duration left) {
    InetSocketAddress resolved = new InetSocketAddress(address.getHostString(), address.getPort());
    if (resolved.isUnresolved()) {
      return false;
    }
    try (Socket socket = new Socket()) {
      long millis = Math.max(1, Math.min(ONE_TRY.toMillis(), left.toMillis()));
      socket.connect(resolved, (int) millis);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static Duration remaining(long deadline) {
    long left = deadline - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }
}
