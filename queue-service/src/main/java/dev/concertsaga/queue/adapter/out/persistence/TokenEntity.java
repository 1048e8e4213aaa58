package dev.concertsaga.queue.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.concertsaga.queue.domain.Token;
import dev.concertsaga.queue.domain.TokenStatus;

/** A row of {@code queue_token}. Rows are inserted by {@link TokenRepository#insertUnlessUserHoldsLiveToken}. */
@Entity
@Table(name = "queue_token")
class TokenEntity {

    @Id
    private UUID token;
    @Column(name = "user_id", updatable = false)
    private long userId;
    @Column(name = "issued_at", updatable = false)
    private Instant issuedAt;
    @Enumerated(EnumType.STRING)
    private TokenStatus status;
    @Column(name = "active_until")
    private Instant activeUntil;
    @Column(name = "expired_by_payment")
    private UUID expiredByPayment;

    protected TokenEntity() {
    }

    Token toDomain() {
        return Token.of(token, userId, issuedAt, status, activeUntil, expiredByPayment);
    }

    /** Takes the token's new state; Hibernate writes it when the transaction commits. */
    void update(Token changed) {
        status = changed.status();
        activeUntil = changed.activeUntil();
        expiredByPayment = changed.expiredByPayment();
    }
}
