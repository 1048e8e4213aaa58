package dev.concertsaga.events;

import java.util.UUID;

/** Events on {@code reservation-events}, keyed by reservationId. */
public sealed interface ReservationEvent extends Event
        permits ReservationHeld, ReservationConfirmed, ReservationConfirmationFailed, ReservationRestored, ReservationExpired {

    UUID reservationId();

    @Override
    default String topic() {
        return Topics.RESERVATION_EVENTS;
    }

    @Override
    default String key() {
        return reservationId().toString();
    }
}
