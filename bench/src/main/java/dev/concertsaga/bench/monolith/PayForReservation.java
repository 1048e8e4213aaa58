package dev.concertsaga.bench.monolith;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.Uuids;
import dev.concertsaga.web.ApiException;

/**
 * The original payment facade: in ONE transaction, check the queue token, confirm the reservation and sell the seat,
 * write the payment, deduct the points with a ledger USE, and expire the token. Any refusal throws, and the whole
 * transaction rolls back: nothing is half-done, and there is nothing to compensate. The same rules as the saga's
 * steps; rows are locked token, reservation, user, in that order, so concurrent payments cannot deadlock.
 */
@Service
public class PayForReservation {

    private final JdbcClient jdbc;
    private final PaymentRows payments;

    PayForReservation(JdbcClient jdbc, PaymentRows payments) {
        this.jdbc = jdbc;
        this.payments = payments;
    }

    @Transactional
    public PaymentView pay(UUID reservationId, long userId, UUID token, String idempotencyKey) {
        String fingerprint = PaymentRows.fingerprint(reservationId, userId);
        Optional<PaymentView> earlier = payments.byIdempotencyKey(idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        TokenRow lockedToken = lockToken(token, userId, now);
        if (lockedToken.usedBy() != null) {
            // A request with the same key won the token's lock and committed: it is this payment.
            return payments.byIdempotencyKey(idempotencyKey, fingerprint).orElseThrow(PayForReservation::tokenNotActive);
        }
        ReservationRow reservation = lockReservation(reservationId, userId, now);
        UUID paymentId = Uuids.timeOrdered();
        confirm(reservationId, reservation.seatId(), paymentId);
        payments.insert(paymentId, reservationId, userId, token, idempotencyKey, fingerprint, reservation.price(), now);
        deductPoints(userId, paymentId, reservation.price(), now);
        jdbc.sql("UPDATE queue_token SET status = 'EXPIRED', expired_by_payment = :payment WHERE token = :token")
                .param("payment", paymentId).param("token", token).update();
        return PaymentView.completed(paymentId, reservationId, userId, reservation.price(), now, now);
    }

    public Optional<PaymentView> find(UUID paymentId) {
        return payments.byId(paymentId);
    }

    private record TokenRow(long userId, String status, OffsetDateTime activeUntil, UUID usedBy) {
    }

    private record ReservationRow(long userId, long seatId, long price, String status, OffsetDateTime heldUntil) {
    }

    private TokenRow lockToken(UUID token, long userId, Instant now) {
        TokenRow row = jdbc.sql("SELECT user_id, status, active_until, expired_by_payment FROM queue_token WHERE token = :token FOR UPDATE")
                .param("token", token)
                .query((rs, n) -> new TokenRow(rs.getLong(1), rs.getString(2), rs.getObject(3, OffsetDateTime.class), rs.getObject(4, UUID.class)))
                .optional().orElseThrow(PayForReservation::tokenNotActive);
        if (row.usedBy() != null) {
            return row;
        }
        if (!"ACTIVE".equals(row.status()) || !now.isBefore(row.activeUntil().toInstant())) {
            throw tokenNotActive();
        }
        if (row.userId() != userId) {
            throw ApiException.forbidden("NOT_TOKEN_OWNER", "The queue token belongs to another user.");
        }
        return row;
    }

    private ReservationRow lockReservation(UUID reservationId, long userId, Instant now) {
        ReservationRow row = jdbc.sql("SELECT user_id, seat_id, price, status, held_until FROM reservation WHERE id = :id FOR UPDATE")
                .param("id", reservationId)
                .query((rs, n) -> new ReservationRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
                .optional().orElseThrow(() -> ApiException.notFound("RESERVATION_NOT_FOUND", "No reservation " + reservationId + "."));
        if ("CONFIRMED".equals(row.status())) {
            throw ApiException.conflict("RESERVATION_NOT_HELD", "The reservation is already paid.");
        }
        if ("EXPIRED".equals(row.status()) || !now.isBefore(row.heldUntil().toInstant())) {
            throw ApiException.conflict("RESERVATION_EXPIRED", "The reservation's hold has expired.");
        }
        if (row.userId() != userId) {
            throw ApiException.forbidden("NOT_RESERVATION_OWNER", "The reservation belongs to another user.");
        }
        return row;
    }

    private void confirm(UUID reservationId, long seatId, UUID paymentId) {
        jdbc.sql("UPDATE reservation SET status = 'CONFIRMED', confirmed_by_payment = :payment WHERE id = :id")
                .param("payment", paymentId).param("id", reservationId).update();
        jdbc.sql("UPDATE seat SET status = 'SOLD' WHERE id = :seat").param("seat", seatId).update();
    }

    private void deductPoints(long userId, UUID paymentId, long amount, Instant now) {
        Optional<Long> balance = jdbc.sql("UPDATE users SET balance = balance - :amount WHERE id = :user AND balance >= :amount RETURNING balance")
                .param("amount", amount).param("user", userId).query(Long.class).optional();
        if (balance.isEmpty()) {
            boolean exists = jdbc.sql("SELECT count(*) FROM users WHERE id = :user").param("user", userId).query(Long.class).single() > 0;
            throw exists ? ApiException.conflict("INSUFFICIENT_POINTS", "The balance does not cover the seat's price of " + amount + ".")
                    : ApiException.notFound("USER_NOT_FOUND", "No user " + userId + ".");
        }
        jdbc.sql("INSERT INTO point_ledger (user_id, type, amount, payment_id, balance_after, occurred_at) VALUES (:user, 'USE', :amount, :payment, :balance, :at)")
                .param("user", userId).param("amount", amount).param("payment", paymentId).param("balance", balance.get())
                .param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).update();
    }

    private static ApiException tokenNotActive() {
        return ApiException.forbidden("TOKEN_NOT_ACTIVE", "The queue token is not active.");
    }
}
