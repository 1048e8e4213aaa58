package dev.concertsaga.user.domain;

/** A ledger entry as stored: its id orders a user's ledger, newest last. */
public record RecordedEntry(long entryId, LedgerEntry entry) {
}
