package dev.concertsaga.queue.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TokenTest {

    static final long OWNER = 7;
    static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    static final Instant DEADLINE = NOW.plus(Duration.ofMinutes(10));
    static final UUID PAYMENT = UUID.randomUUID();

    @Test
    void waits_without_a_deadline_when_issued() {
        Token token = Token.issue(UUID.randomUUID(), OWNER, NOW);

        assertThat(token.status()).isEqualTo(TokenStatus.WAITING);
        assertThat(token.isWaiting()).isTrue();
        assertThat(token.activeUntil()).isNull();
    }

    @Test
    void is_active_until_its_deadline_once_admitted() {
        Token token = active();

        assertThat(token.status()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(token.activeUntil()).isEqualTo(DEADLINE);
    }

    @Test
    void cannot_be_admitted_twice() {
        assertThatIllegalStateException().isThrownBy(() -> active().activate(DEADLINE.plusSeconds(60)));
    }

    @Test
    void expires_once_its_deadline_has_come_and_keeps_the_deadline() {
        Token token = active();

        token.expireAt(DEADLINE);

        assertThat(token.status()).isEqualTo(TokenStatus.EXPIRED);
        assertThat(token.activeUntil()).isEqualTo(DEADLINE);
        assertThat(token.expiredByPayment()).isNull();
    }

    @Test
    void does_not_expire_before_its_deadline() {
        assertThatIllegalStateException().isThrownBy(() -> active().expireAt(DEADLINE.minusMillis(1)));
    }

    @Test
    void is_used_by_its_owners_payment_and_keeps_its_deadline_to_be_given_back() {
        Token token = active();

        assertThat(token.useFor(PAYMENT, OWNER, NOW)).isEqualTo(TokenUse.USED);

        assertThat(token.status()).isEqualTo(TokenStatus.EXPIRED);
        assertThat(token.expiredByPayment()).isEqualTo(PAYMENT);
        assertThat(token.activeUntil()).isEqualTo(DEADLINE);
    }

    @Test
    void tells_a_repeated_use_by_the_same_payment_apart_from_a_refusal() {
        Token token = active();
        token.useFor(PAYMENT, OWNER, NOW);

        TokenUse again = token.useFor(PAYMENT, OWNER, NOW);

        assertThat(again).isEqualTo(TokenUse.ALREADY_USED);
        assertThat(again.isRefused()).isFalse();
    }

    @Test
    void refuses_another_users_payment_as_not_token_owner_and_stays_active() {
        Token token = active();

        TokenUse use = token.useFor(PAYMENT, OWNER + 1, NOW);

        assertThat(use).isEqualTo(TokenUse.NOT_OWNER);
        assertThat(use.isRefused()).isTrue();
        assertThat(token.status()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(token.expiredByPayment()).isNull();
    }

    @Test
    void refuses_a_payment_as_token_not_active_while_waiting_after_the_deadline_or_once_used() {
        Token waiting = Token.issue(UUID.randomUUID(), OWNER, NOW);
        Token pastDeadline = active();
        Token usedByAnother = active();
        usedByAnother.useFor(UUID.randomUUID(), OWNER, NOW);

        assertThat(waiting.useFor(PAYMENT, OWNER, NOW)).isEqualTo(TokenUse.NOT_ACTIVE);
        assertThat(pastDeadline.useFor(PAYMENT, OWNER, DEADLINE)).isEqualTo(TokenUse.NOT_ACTIVE);
        assertThat(usedByAnother.useFor(PAYMENT, OWNER, NOW)).isEqualTo(TokenUse.NOT_ACTIVE);
        assertThat(pastDeadline.status()).isEqualTo(TokenStatus.ACTIVE);
    }

    @Test
    void refuses_another_users_payment_as_not_active_rather_than_not_owner_when_not_active() {
        Token waiting = Token.issue(UUID.randomUUID(), OWNER, NOW);

        assertThat(waiting.useFor(PAYMENT, OWNER + 1, NOW)).isEqualTo(TokenUse.NOT_ACTIVE);
    }

    @Test
    void is_active_again_until_the_original_deadline_when_the_payment_is_reverted_in_time() {
        Token token = used();

        Restoration restoration = token.revertUseBy(PAYMENT, DEADLINE.minusSeconds(1), false);

        assertThat(restoration).isEqualTo(Restoration.ACTIVE_AGAIN);
        assertThat(token.status()).isEqualTo(TokenStatus.ACTIVE);
        assertThat(token.activeUntil()).isEqualTo(DEADLINE);
        assertThat(token.expiredByPayment()).isNull();
    }

    @Test
    void stays_expired_as_if_its_time_ran_out_when_the_payment_is_reverted_after_the_deadline() {
        Token token = used();

        Restoration restoration = token.revertUseBy(PAYMENT, DEADLINE, false);

        assertThat(restoration).isEqualTo(Restoration.EXPIRED);
        assertThat(token.status()).isEqualTo(TokenStatus.EXPIRED);
        assertThat(token.activeUntil()).isEqualTo(DEADLINE);
        assertThat(token.expiredByPayment()).isNull();
    }

    @Test
    void stays_expired_when_the_user_has_taken_a_new_token_since() {
        Token token = used();

        assertThat(token.revertUseBy(PAYMENT, NOW, true)).isEqualTo(Restoration.EXPIRED);
        assertThat(token.status()).isEqualTo(TokenStatus.EXPIRED);
        assertThat(token.expiredByPayment()).isNull();
    }

    @Test
    void cannot_be_reverted_by_a_payment_that_did_not_use_it() {
        assertThatIllegalStateException().isThrownBy(() -> used().revertUseBy(UUID.randomUUID(), NOW, false));
        assertThatIllegalStateException().isThrownBy(() -> active().revertUseBy(PAYMENT, NOW, false));
    }

    private static Token active() {
        Token token = Token.issue(UUID.randomUUID(), OWNER, NOW);
        token.activate(DEADLINE);
        return token;
    }

    private static Token used() {
        Token token = active();
        token.useFor(PAYMENT, OWNER, NOW);
        return token;
    }
}
