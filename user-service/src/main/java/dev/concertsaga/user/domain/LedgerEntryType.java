package dev.concertsaga.user.domain;

/** Why a balance changed: points bought, taken by a payment, or given back when that payment was cancelled. */
public enum LedgerEntryType {
    CHARGE, USE, REFUND
}
