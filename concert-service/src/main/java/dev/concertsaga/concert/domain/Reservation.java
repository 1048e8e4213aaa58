package dev.concertsaga.concert.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's hold on one seat, and what payments did to it. The hold deadline is fixed when the seat is held:
 * confirming keeps it, and undoing a confirmation goes back to it, so nothing ever extends a hold.
 */
public final class Reservation {

    private final UUID id;
    private final long userId;
    private final long scheduleId;
    private final long seatId;
    private final long price;
    private final Instant heldUntil;
    private ReservationStatus status;
    private UUID confirmedBy;

    public Reservation(UUID id, long userId, long scheduleId, long seatId, long price,
                       ReservationStatus status, Instant heldUntil, UUID confirmedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.userId = userId;
        this.scheduleId = scheduleId;
        this.seatId = seatId;
        this.price = price;
        this.status = Objects.requireNonNull(status, "status");
        this.heldUntil = Objects.requireNonNull(heldUntil, "heldUntil");
        this.confirmedBy = confirmedBy;
    }

    /** Holds {@code seat} for {@code userId} from {@code now} for {@code holdTime}, at the seat's price. */
    public static Reservation hold(UUID id, long userId, Seat seat, Instant now, Duration holdTime) {
        Instant heldUntil = now.plus(holdTime).truncatedTo(ChronoUnit.MILLIS);
        return new Reservation(id, userId, seat.scheduleId(), seat.id(), seat.price(), ReservationStatus.HELD, heldUntil, null);
    }

    /**
     * Confirms the reservation for a payment by {@code payingUser}, or says why it cannot, changing nothing.
     *
     * @return the reason for a refusal; empty when the reservation is now confirmed by {@code paymentId}
     */
    public Optional<ConfirmationRefusal> confirm(UUID paymentId, long payingUser, Instant now) {
        Optional<ConfirmationRefusal> refusal = whyNotConfirmable(payingUser, now);
        if (refusal.isEmpty()) {
            status = ReservationStatus.CONFIRMED;
            confirmedBy = paymentId;
        }
        return refusal;
    }

    private Optional<ConfirmationRefusal> whyNotConfirmable(long payingUser, Instant now) {
        if (status == ReservationStatus.CONFIRMED) {
            return Optional.of(ConfirmationRefusal.NOT_HELD);
        }
        if (status == ReservationStatus.EXPIRED || !now.isBefore(heldUntil)) {
            return Optional.of(ConfirmationRefusal.EXPIRED);
        }
        if (payingUser != userId) {
            return Optional.of(ConfirmationRefusal.NOT_OWNER);
        }
        return Optional.empty();
    }

    public boolean isConfirmedBy(UUID paymentId) {
        return status == ReservationStatus.CONFIRMED && paymentId.equals(confirmedBy);
    }

    /**
     * Compensation for a cancelled payment: only the payment that confirmed the reservation can undo it. The hold
     * comes back with its original deadline, or expires if that has passed.
     *
     * @return where the reservation ended; empty when this payment had not confirmed it, so nothing changed
     */
    public Optional<Restoration> undoConfirmationBy(UUID paymentId, Instant now) {
        if (!isConfirmedBy(paymentId)) {
            return Optional.empty();
        }
        confirmedBy = null;
        status = now.isBefore(heldUntil) ? ReservationStatus.HELD : ReservationStatus.EXPIRED;
        return Optional.of(status == ReservationStatus.HELD ? Restoration.HELD_AGAIN : Restoration.EXPIRED);
    }

    /** Ends a hold whose deadline has passed; anything else is left as it is. @return whether it expired now */
    public boolean expire(Instant now) {
        if (status != ReservationStatus.HELD || now.isBefore(heldUntil)) {
            return false;
        }
        status = ReservationStatus.EXPIRED;
        return true;
    }

    /** The status the seat must have while this is its latest reservation. */
    public SeatStatus seatStatus() {
        return switch (status) {
            case HELD -> SeatStatus.HELD;
            case CONFIRMED -> SeatStatus.SOLD;
            case EXPIRED -> SeatStatus.AVAILABLE;
        };
    }

    public UUID id() {
        return id;
    }

    public long userId() {
        return userId;
    }

    public long scheduleId() {
        return scheduleId;
    }

    public long seatId() {
        return seatId;
    }

    public long price() {
        return price;
    }

    public ReservationStatus status() {
        return status;
    }

    public Instant heldUntil() {
        return heldUntil;
    }

    /** The payment that confirmed the reservation; {@code null} unless it is CONFIRMED. */
    public UUID confirmedBy() {
        return confirmedBy;
    }
}
