package dev.concertsaga.concert.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.concert.domain.HoldRefusal;
import dev.concertsaga.concert.domain.HoldRefusedException;
import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.messaging.Outbox;

/** Holds a seat for a user whose queue token is active: the seat is theirs to pay for until the hold runs out. */
@Service
public class HoldSeat {

    private final QueueTokenStore tokens;
    private final SeatStore seats;
    private final ReservationStore reservations;
    private final Outbox outbox;
    private final Clock clock;
    private final HoldTtl holdTtl;

    public HoldSeat(QueueTokenStore tokens, SeatStore seats, ReservationStore reservations, Outbox outbox, Clock clock,
                    HoldTtl holdTtl) {
        this.tokens = tokens;
        this.seats = seats;
        this.reservations = reservations;
        this.outbox = outbox;
        this.clock = clock;
        this.holdTtl = holdTtl;
    }

    /** @throws HoldRefusedException when the token does not admit the user or the seat cannot be held; nothing changes then */
    @Transactional
    public Reservation hold(UUID queueToken, long userId, long scheduleId, long seatId) {
        Instant now = clock.instant();
        admit(queueToken, userId, now);
        Seat seat = seats.find(seatId).filter(found -> found.isIn(scheduleId)).orElseThrow(() ->
                new HoldRefusedException(HoldRefusal.SEAT_NOT_FOUND, "Schedule " + scheduleId + " has no seat " + seatId + "."));
        if (!seats.holdIfAvailable(seatId)) {
            throw new HoldRefusedException(HoldRefusal.SEAT_NOT_AVAILABLE, "Seat " + seatId + " is not available.");
        }
        Reservation reservation = Reservation.hold(Uuids.timeOrdered(), userId, seat, now, holdTtl.duration());
        reservations.add(reservation);
        outbox.add(ReservationEvents.held(reservation));
        return reservation;
    }

    private void admit(UUID queueToken, long userId, Instant now) {
        tokens.find(queueToken)
                .orElseThrow(() -> new HoldRefusedException(HoldRefusal.QUEUE_TOKEN_NOT_ACTIVE, "The queue token is not active."))
                .admit(userId, now);
    }
}
