package dev.concertsaga.bench;

import java.util.UUID;

/** Someone ready to pay: a user with points, an ACTIVE queue token of theirs, and a seat they hold. */
public record Buyer(long userId, UUID token, UUID reservationId) {
}
