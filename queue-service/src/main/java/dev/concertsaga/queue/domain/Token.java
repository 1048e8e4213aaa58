package dev.concertsaga.queue.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A place in the virtual queue: WAITING until admitted, ACTIVE until its deadline, then EXPIRED because the deadline
 * passed or because a payment used it. A cancelled payment gives its token back, but never past the original deadline.
 */
public final class Token {

    private final UUID id;
    private final long userId;
    private final Instant issuedAt;
    private TokenStatus status;
    private Instant activeUntil;
    private UUID expiredByPayment;

    private Token(UUID id, long userId, Instant issuedAt, TokenStatus status, Instant activeUntil, UUID expiredByPayment) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = userId;
        this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.activeUntil = activeUntil;
        this.expiredByPayment = expiredByPayment;
    }

    /** A new token at the back of the queue. */
    public static Token issue(UUID id, long userId, Instant now) {
        if (userId <= 0) {
            throw new IllegalArgumentException("userId must be positive, was " + userId);
        }
        return new Token(id, userId, now, TokenStatus.WAITING, null, null);
    }

    /** A token as it was stored. */
    public static Token of(UUID id, long userId, Instant issuedAt, TokenStatus status, Instant activeUntil, UUID expiredByPayment) {
        return new Token(id, userId, issuedAt, status, activeUntil, expiredByPayment);
    }

    /** Lets a waiting token in, until {@code deadline}. */
    public void activate(Instant deadline) {
        require(status == TokenStatus.WAITING, "only a waiting token can be activated");
        status = TokenStatus.ACTIVE;
        activeUntil = Objects.requireNonNull(deadline, "deadline");
    }

    /** Ends an active token whose deadline has passed. */
    public void expireAt(Instant now) {
        require(status == TokenStatus.ACTIVE && !isActiveAt(now), "only an active token past its deadline expires");
        status = TokenStatus.EXPIRED;
    }

    /**
     * Spends the token on a payment, if it is active now and the payer's own. The deadline is kept, so that
     * a cancellation of the payment can give the token back as it was.
     */
    public TokenUse useFor(UUID paymentId, long payerId, Instant now) {
        if (paymentId.equals(expiredByPayment)) {
            return TokenUse.ALREADY_USED;
        }
        if (!isActiveAt(now)) {
            return TokenUse.NOT_ACTIVE;
        }
        if (payerId != userId) {
            return TokenUse.NOT_OWNER;
        }
        status = TokenStatus.EXPIRED;
        expiredByPayment = paymentId;
        return TokenUse.USED;
    }

    /**
     * Undoes {@code paymentId}'s use of the token. It is active again until its original deadline, unless that has
     * passed or the user has taken a new token since (a user holds one live token at most): then it stays expired,
     * no longer by the payment but as if its time had run out.
     */
    public Restoration revertUseBy(UUID paymentId, Instant now, boolean userHoldsNewToken) {
        require(paymentId.equals(expiredByPayment), "only the payment that used a token can revert it");
        expiredByPayment = null;
        if (userHoldsNewToken || !now.isBefore(activeUntil)) {
            return Restoration.EXPIRED;
        }
        status = TokenStatus.ACTIVE;
        return Restoration.ACTIVE_AGAIN;
    }

    public boolean isWaiting() {
        return status == TokenStatus.WAITING;
    }

    private boolean isActiveAt(Instant now) {
        return status == TokenStatus.ACTIVE && now.isBefore(activeUntil);
    }

    private void require(boolean condition, String rule) {
        if (!condition) {
            throw new IllegalStateException("Token " + id + " is " + status + ": " + rule);
        }
    }

    public UUID id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public TokenStatus status() {
        return status;
    }

    /** Null while waiting; once set, kept for good, also after expiry. */
    public Instant activeUntil() {
        return activeUntil;
    }

    /** The payment that used the token, while it stays used by it. */
    public UUID expiredByPayment() {
        return expiredByPayment;
    }
}
