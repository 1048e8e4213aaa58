package dev.concertsaga.user.domain;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class LedgerEntryTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123Z");
    private static final UUID PAYMENT = UUID.fromString("0193a5c1-0000-7000-8000-000000000001");

    @Test
    void a_charge_belongs_to_no_payment() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(7, LedgerEntryType.CHARGE, 10, PAYMENT, 10, NOW));
    }

    @Test
    void a_use_or_refund_always_belongs_to_a_payment() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(7, LedgerEntryType.USE, 10, null, 0, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(7, LedgerEntryType.REFUND, 10, null, 10, NOW));
    }

    @Test
    void amounts_and_balances_are_never_negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(7, LedgerEntryType.USE, -1, PAYMENT, 0, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> new LedgerEntry(7, LedgerEntryType.USE, 1, PAYMENT, -1, NOW));
    }
}
