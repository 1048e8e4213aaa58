package dev.concertsaga.payment.application;

/** An idempotency key came back with a request that asks for something else than the one it was first used for. */
public class IdempotencyKeyReusedException extends RuntimeException {

    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different payment request; use a new key for a new request.");
    }
}
