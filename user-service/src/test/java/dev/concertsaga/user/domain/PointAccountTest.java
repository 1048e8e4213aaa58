package dev.concertsaga.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30.123Z");
    private static final BalanceLimit LIMIT = new BalanceLimit(1_000_000_000_000L);
    private static final UUID PAYMENT = UUID.fromString("0193a5c1-0000-7000-8000-000000000001");

    @Test
    void a_charge_adds_to_the_balance_and_records_a_charge_without_payment() {
        PointAccount account = new PointAccount(7, 100);

        assertThat(account.charge(50, LIMIT, NOW)).isEqualTo(new LedgerEntry(7, LedgerEntryType.CHARGE, 50, null, 150, NOW));
        assertThat(account.balance()).isEqualTo(150);
    }

    @Test
    void a_charge_may_be_anything_from_one_point_to_ten_million() {
        PointAccount account = new PointAccount(7, 0);

        account.charge(1, LIMIT, NOW);
        account.charge(PointAccount.MAX_CHARGE, LIMIT, NOW);

        assertThat(account.balance()).isEqualTo(1 + PointAccount.MAX_CHARGE);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, PointAccount.MAX_CHARGE + 1, Long.MIN_VALUE, Long.MAX_VALUE})
    void refuses_a_charge_outside_one_to_ten_million(long amount) {
        PointAccount account = new PointAccount(7, 100);

        assertThatIllegalArgumentException().isThrownBy(() -> account.charge(amount, LIMIT, NOW));
        assertThat(account.balance()).isEqualTo(100);
    }

    @Test
    void a_charge_may_fill_the_balance_up_to_the_limit_but_not_past_it() {
        PointAccount account = new PointAccount(7, 990);
        BalanceLimit limit = new BalanceLimit(1_000);

        assertThatThrownBy(() -> account.charge(11, limit, NOW)).isInstanceOf(BalanceLimitExceededException.class)
                .hasMessageContaining("1000");
        assertThat(account.balance()).isEqualTo(990);
        assertThat(account.charge(10, limit, NOW).balanceAfter()).isEqualTo(1_000);
    }

    @Test
    void a_balance_near_the_largest_long_is_refused_a_charge_instead_of_overflowing() {
        PointAccount account = new PointAccount(7, Long.MAX_VALUE - 5);

        assertThatThrownBy(() -> account.charge(10, new BalanceLimit(Long.MAX_VALUE), NOW))
                .isInstanceOf(BalanceLimitExceededException.class);
        assertThat(account.balance()).isEqualTo(Long.MAX_VALUE - 5);
    }

    @Test
    void a_use_takes_the_payment_amount_and_records_the_payment() {
        PointAccount account = new PointAccount(7, 100);

        assertThat(account.use(PAYMENT, 100, NOW)).isEqualTo(new LedgerEntry(7, LedgerEntryType.USE, 100, PAYMENT, 0, NOW));
        assertThat(account.balance()).isZero();
    }

    @Test
    void covers_a_payment_up_to_the_whole_balance_and_no_further() {
        PointAccount account = new PointAccount(7, 100);

        assertThat(account.covers(100)).isTrue();
        assertThat(account.covers(0)).isTrue();
        assertThat(account.covers(101)).isFalse();
    }

    @Test
    void never_takes_more_than_the_balance() {
        PointAccount account = new PointAccount(7, 100);

        assertThatIllegalStateException().isThrownBy(() -> account.use(PAYMENT, 101, NOW));
        assertThat(account.balance()).isEqualTo(100);
    }

    @Test
    void a_refund_gives_back_what_the_use_took_even_past_the_limit() {
        PointAccount account = new PointAccount(7, 100);
        LedgerEntry use = account.use(PAYMENT, 80, NOW);
        account.charge(80, new BalanceLimit(100), NOW);

        assertThat(account.refund(use, NOW)).isEqualTo(new LedgerEntry(7, LedgerEntryType.REFUND, 80, PAYMENT, 180, NOW));
        assertThat(account.balance()).isEqualTo(180);
    }

    @Test
    void refunds_only_a_use_of_its_own_user() {
        PointAccount account = new PointAccount(7, 100);
        LedgerEntry othersUse = new PointAccount(8, 100).use(PAYMENT, 50, NOW);
        LedgerEntry charge = account.charge(50, LIMIT, NOW);

        assertThatIllegalArgumentException().isThrownBy(() -> account.refund(othersUse, NOW));
        assertThatIllegalArgumentException().isThrownBy(() -> account.refund(charge, NOW));
        assertThat(account.balance()).isEqualTo(150);
    }

    @Test
    void a_balance_is_never_negative() {
        assertThatIllegalArgumentException().isThrownBy(() -> new PointAccount(7, -1));
    }
}
