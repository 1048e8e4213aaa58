package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** What every chaos customer does the same way: hold a seat, pay and follow the payment to its end. */
final class ChaosMoves {

    final ChaosApi api;
    final ChaosRecord record;
    private final ChaosSeats seats;

    ChaosMoves(ChaosApi api, ChaosSeats seats, ChaosRecord record) {
        this.api = api;
        this.seats = seats;
        this.record = record;
    }

    /** Pays; an answer still PENDING is followed until it is final, as a client polling would. The last answer. */
    ChaosHttp.Answer pay(UUID reservationId, long userId, String token, String key) {
        ChaosHttp.Answer answer = api.pay(reservationId, userId, token, key);
        if (answer.status() < 0 || answer.status() >= 500) {
            ChildProcess.pause(Duration.ofMillis(250));
        } else if (answer.text("status").equals("PENDING")) {
            return api.outcome(answer.text("paymentId"), Duration.ofSeconds(40));
        }
        return answer;
    }

    /** Pays by card, and follows a PENDING answer to its end like {@link #pay}. */
    ChaosHttp.Answer payByCard(UUID reservationId, long userId, String token, String key, String cardToken) {
        ChaosHttp.Answer answer = api.payByCard(reservationId, userId, token, key, cardToken);
        if (answer.status() < 0 || answer.status() >= 500) {
            ChildProcess.pause(Duration.ofMillis(250));
        } else if (answer.text("status").equals("PENDING")) {
            return api.outcome(answer.text("paymentId"), Duration.ofSeconds(60));
        }
        return answer;
    }

    /** Holds the next free seat; a seat that could not be held goes back for the next customer. */
    Optional<UUID> reserve(long userId, String token) {
        Optional<ChaosSeats.Seat> seat = seats.next();
        Optional<UUID> reservation = seat.flatMap(s -> api.reserve(userId, s.scheduleId(), s.seatId(), token));
        if (seat.isPresent() && reservation.isEmpty()) {
            seats.giveBack(seat.get());
        }
        return reservation;
    }

    static boolean completed(ChaosHttp.Answer answer) {
        return answer.text("status").equals("COMPLETED");
    }

    static String key() {
        return "chaos-" + UUID.randomUUID();
    }
}
