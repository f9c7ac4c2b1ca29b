package dev.newsroom.streams.http;

import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Where {@code GET /ledger/PAIR} is answered: here, by the instance hosting the pair, or nowhere for now. A
 * request another instance forwarded is never forwarded again, so two instances that disagree for a moment about
 * the assignment (during a rebalance) cannot send a request back and forth.
 */
sealed interface LedgerRoute {

  /** Answer from this instance's store. */
  record Local() implements LedgerRoute {}

  /** Ask the instance hosting the pair, and pass its answer on. */
  record Forward(HostInfo to) implements LedgerRoute {}

  /** Answer 503: the client retries once the assignment has settled. */
  record Unavailable(String reason) implements LedgerRoute {}

  /**
   * @param self this instance's advertised address; empty when it advertises none, and then its store is all it
   *     can answer from (one instance, as before several were supported)
   * @param host the instance hosting the pair, empty while the assignment is unknown
   * @param forwarded whether another instance sent this request
   */
  static LedgerRoute forPair(Optional<HostInfo> self, Optional<HostInfo> host, boolean forwarded) {
    if (self.isEmpty()) {
      return new Local();
    }
    if (host.isEmpty()) {
      return new Unavailable("the ledger's partitions are being assigned; retry shortly");
    }
    if (host.get().equals(self.get())) {
      return new Local();
    }
    if (forwarded) {
      return new Unavailable("the pair moved to " + host.get().host() + ":" + host.get().port()
          + " while the request was forwarded; retry shortly");
    }
    return new Forward(host.get());
  }
}
