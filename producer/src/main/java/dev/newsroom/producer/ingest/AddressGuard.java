package dev.newsroom.producer.ingest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Only {@code http} and {@code https}, and no private, loopback, link-local or otherwise internal address
 * unless configuration allows it, so a feed cannot make the ingester reach into the internal network.
 * (Checked on every hop of a redirect; a DNS answer that changes between this check and the connection is
 * not caught.)
 */
final class AddressGuard {

  private final boolean allowPrivate;

  AddressGuard(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  void check(URI uri) throws FetchException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException("refused " + uri + ": only http and https are fetched");
    }
    if (uri.getHost() == null) {
      throw new FetchException("refused " + uri + ": no host");
    }
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(uri.getHost());
    } catch (UnknownHostException e) {
      throw new FetchException("unknown host " + uri.getHost());
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        throw new FetchException("refused " + uri + ": " + address.getHostAddress()
            + " is a private or loopback address (allow_private_addresses is false)");
      }
    }
  }

  static boolean isInternal(InetAddress address) {
    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xfe) == 0xfc; // unique local fc00::/7
    }
    int first = bytes[0] & 0xff;
    int second = bytes[1] & 0xff;
    return first == 0 || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
        || (first == 169 && second == 254) || first >= 240;
  }
}
