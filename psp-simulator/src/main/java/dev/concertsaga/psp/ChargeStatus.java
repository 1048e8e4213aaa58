package dev.concertsaga.psp;

/** A charge is decided when it is recorded: the card was charged, or refused. */
enum ChargeStatus {
    SUCCEEDED, DECLINED
}
