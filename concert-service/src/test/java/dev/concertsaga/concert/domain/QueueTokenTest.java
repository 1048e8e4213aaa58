package dev.concertsaga.concert.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class QueueTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:15:30Z");
    private static final long OWNER = 7;

    @Test
    void admits_its_owner_while_active() {
        assertThatCode(() -> token(QueueTokenStatus.ACTIVE, NOW.plusSeconds(1)).admit(OWNER, NOW)).doesNotThrowAnyException();
    }

    @Test
    void refuses_an_expired_token_as_not_active() {
        assertRefused(() -> token(QueueTokenStatus.EXPIRED, NOW.plusSeconds(60)).admit(OWNER, NOW), HoldRefusal.QUEUE_TOKEN_NOT_ACTIVE);
    }

    @Test
    void refuses_an_active_token_from_its_deadline_on_as_not_active() {
        assertRefused(() -> token(QueueTokenStatus.ACTIVE, NOW).admit(OWNER, NOW), HoldRefusal.QUEUE_TOKEN_NOT_ACTIVE);
    }

    @Test
    void refuses_another_user_as_not_the_owner() {
        assertRefused(() -> token(QueueTokenStatus.ACTIVE, NOW.plusSeconds(60)).admit(OWNER + 1, NOW), HoldRefusal.QUEUE_TOKEN_NOT_OWNED);
    }

    @Test
    void says_not_active_rather_than_not_owned_for_someone_elses_expired_token() {
        assertRefused(() -> token(QueueTokenStatus.EXPIRED, NOW.plusSeconds(60)).admit(OWNER + 1, NOW), HoldRefusal.QUEUE_TOKEN_NOT_ACTIVE);
    }

    private static QueueToken token(QueueTokenStatus status, Instant activeUntil) {
        return new QueueToken(UUID.randomUUID(), OWNER, status, activeUntil);
    }

    private static void assertRefused(Runnable admission, HoldRefusal refusal) {
        assertThatThrownBy(admission::run).isInstanceOfSatisfying(HoldRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }
}
