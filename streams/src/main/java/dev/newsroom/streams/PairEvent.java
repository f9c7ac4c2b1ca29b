package dev.newsroom.streams;

import dev.newsroom.avro.PairLevel;
import dev.newsroom.avro.Alert;

/** What the pair processors emit: a new alert version, or a new ledger entry. In memory only. */
sealed interface PairEvent {

  record AlertChanged(Alert alert) implements PairEvent {}

  record LedgerChanged(PairLevel level) implements PairEvent {}
}
