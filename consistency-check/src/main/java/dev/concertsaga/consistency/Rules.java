package dev.concertsaga.consistency;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.concertsaga.consistency.Snapshot.LedgerEntry;
import dev.concertsaga.consistency.Snapshot.Payment;
import dev.concertsaga.consistency.Snapshot.Reservation;
import dev.concertsaga.consistency.Snapshot.Token;

/** The guarantees of DESIGN §5, each checked against a snapshot of the four databases and the topics. */
final class Rules {

    private final Snapshot snapshot;
    private final Map<UUID, Payment> payments;
    private final Map<UUID, Reservation> reservations;
    private final Map<UUID, Token> tokens;
    private final Map<UUID, List<LedgerEntry>> ledgerByPayment;
    private final Map<String, List<Snapshot.ProviderCharge>> chargesByKey;
    private final List<Violation> violations = new ArrayList<>();

    private Rules(Snapshot snapshot) {
        this.snapshot = snapshot;
        this.payments = snapshot.payments().stream().collect(Collectors.toMap(Payment::id, Function.identity()));
        this.reservations = snapshot.reservations().stream().collect(Collectors.toMap(Reservation::id, Function.identity()));
        this.tokens = snapshot.tokens().stream().collect(Collectors.toMap(Token::token, Function.identity()));
        this.ledgerByPayment = snapshot.ledger().stream().filter(e -> e.paymentId() != null)
                .collect(Collectors.groupingBy(LedgerEntry::paymentId));
        this.chargesByKey = snapshot.providerCharges() == null ? null
                : snapshot.providerCharges().stream().collect(Collectors.groupingBy(Snapshot.ProviderCharge::idempotencyKey));
    }

    static List<Violation> check(Snapshot snapshot) {
        Rules rules = new Rules(snapshot);
        snapshot.payments().forEach(rules::paymentEnded);
        snapshot.payments().stream().filter(p -> p.status().equals("COMPLETED")).forEach(rules::completedPaymentDidEverything);
        rules.onlyCompletedPaymentsLeaveEffects();
        rules.seatsMatchReservations();
        rules.balancesMatchLedgers();
        rules.cancelledCardPaymentsNetZeroAtTheProvider();
        rules.everythingPublished();
        DeadLetterRules.check(snapshot, rules.violations);
        PublicTopicRules.check(snapshot, rules.violations);
        ClientAnswerRules.check(snapshot, rules.violations);
        return List.copyOf(rules.violations);
    }

    /** Every payment is COMPLETED or CANCELLED; none stays PENDING. */
    private void paymentEnded(Payment payment) {
        if (payment.status().equals("PENDING")) {
            add("NO_PAYMENT_LEFT_PENDING", payment, "still PENDING");
        }
    }

    /** COMPLETED ⇒ its reservation CONFIRMED by it, its seat SOLD, one USE of the seat price for it, its token EXPIRED by it. */
    private void completedPaymentDidEverything(Payment payment) {
        Reservation reservation = reservations.get(payment.reservationId());
        if (reservation == null || !reservation.status().equals("CONFIRMED") || !payment.id().equals(reservation.confirmedByPayment())) {
            add("COMPLETED_MEANS_RESERVATION_CONFIRMED_BY_IT", payment, "reservation is " + describe(reservation));
        } else {
            seatIsSold(payment, reservation);
            paidTheSeatPrice(payment, reservation.price());
        }
        Token token = tokens.get(payment.queueToken());
        if (token == null || !token.status().equals("EXPIRED") || !payment.id().equals(token.expiredByPayment())) {
            add("COMPLETED_MEANS_TOKEN_EXPIRED_BY_IT", payment, "token is " + (token == null ? "unknown" : token.status() + " by " + token.expiredByPayment()));
        }
    }

    private void seatIsSold(Payment payment, Reservation reservation) {
        String seat = snapshot.seats().stream().filter(s -> s.id() == reservation.seatId()).map(Snapshot.Seat::status).findFirst().orElse("unknown");
        if (!seat.equals("SOLD")) {
            add("COMPLETED_MEANS_SEAT_SOLD", payment, "seat " + reservation.seatId() + " is " + seat);
        }
    }

    private void paidTheSeatPrice(Payment payment, long price) {
        if (payment.byCard()) {
            paidTheSeatPriceByCard(payment, price);
            return;
        }
        List<LedgerEntry> entries = ledgerByPayment.getOrDefault(payment.id(), List.of());
        List<Long> uses = entries.stream().filter(e -> e.type().equals("USE")).map(LedgerEntry::amount).toList();
        boolean refunded = entries.stream().anyMatch(e -> e.type().equals("REFUND"));
        if (!uses.equals(List.of(price)) || refunded || !Objects.equals(payment.amount(), price)) {
            add("COMPLETED_MEANS_ONE_USE_OF_THE_SEAT_PRICE", payment, "price " + price + ", payment amount " + payment.amount()
                    + ", uses " + uses + (refunded ? ", refunded" : ""));
        }
    }

    /**
     * A COMPLETED card payment moved no points and, at the provider (when its ledger was read), has exactly one
     * succeeded charge of the seat price and no refund.
     */
    private void paidTheSeatPriceByCard(Payment payment, long price) {
        if (!ledgerByPayment.getOrDefault(payment.id(), List.of()).isEmpty() || !Objects.equals(payment.amount(), price)) {
            add("COMPLETED_MEANS_ONE_USE_OF_THE_SEAT_PRICE", payment, "by card: price " + price + ", payment amount " + payment.amount()
                    + ", point ledger " + ledgerByPayment.getOrDefault(payment.id(), List.of()));
        }
        if (chargesByKey == null) {
            return;
        }
        List<Snapshot.ProviderCharge> charges = chargesByKey.getOrDefault("charge-" + payment.id(), List.of());
        if (charges.size() != 1 || !charges.get(0).status().equals("SUCCEEDED") || charges.get(0).amount() != price
                || charges.get(0).refunded() != 0) {
            add("COMPLETED_CARD_PAYMENT_CHARGED_ONCE_AND_KEPT", payment, "price " + price + ", at the provider " + charges);
        }
    }

    /** A payment that did not complete has charges minus refunds of zero at the provider. */
    private void cancelledCardPaymentsNetZeroAtTheProvider() {
        if (chargesByKey == null) {
            return;
        }
        snapshot.payments().stream().filter(p -> p.byCard() && !p.status().equals("COMPLETED")).forEach(payment -> {
            long net = chargesByKey.getOrDefault("charge-" + payment.id(), List.of()).stream().mapToLong(Snapshot.ProviderCharge::net).sum();
            if (net != 0) {
                add("A_CARD_PAYMENT_THAT_DID_NOT_COMPLETE_NETS_ZERO_AT_THE_PROVIDER", payment, payment.status() + ", charges minus refunds " + net);
            }
        });
    }

    /** A payment that did not complete confirmed no seat, kept no points and holds no token (CANCELLED ⇒ all undone). */
    private void onlyCompletedPaymentsLeaveEffects() {
        snapshot.reservations().stream().filter(r -> r.confirmedByPayment() != null && !completed(r.confirmedByPayment()))
                .forEach(r -> add("ONLY_A_COMPLETED_PAYMENT_CONFIRMS_A_RESERVATION", "reservation " + r.id(), "confirmed by " + state(r.confirmedByPayment())));
        snapshot.tokens().stream().filter(t -> t.expiredByPayment() != null && !completed(t.expiredByPayment()))
                .forEach(t -> add("ONLY_A_COMPLETED_PAYMENT_USES_A_TOKEN", "token " + t.token(), "expired by " + state(t.expiredByPayment())));
        ledgerByPayment.forEach((paymentId, entries) -> {
            long net = entries.stream().mapToLong(e -> e.type().equals("USE") ? -e.amount() : e.amount()).sum();
            if (!completed(paymentId) && net != 0) {
                add("A_PAYMENT_THAT_DID_NOT_COMPLETE_NETS_ZERO_POINTS", "payment " + paymentId, state(paymentId) + " changed points by " + net);
            }
        });
    }

    /** No seat is sold twice, and a seat's status always says what its live reservations say. */
    private void seatsMatchReservations() {
        Map<Long, List<Reservation>> live = snapshot.reservations().stream().filter(r -> !r.status().equals("EXPIRED"))
                .collect(Collectors.groupingBy(Reservation::seatId));
        for (Snapshot.Seat seat : snapshot.seats()) {
            List<String> statuses = live.getOrDefault(seat.id(), List.of()).stream().map(Reservation::status).toList();
            String expected = statuses.isEmpty() ? "AVAILABLE" : statuses.size() > 1 ? "twice" : statuses.get(0).equals("CONFIRMED") ? "SOLD" : "HELD";
            if (!expected.equals(seat.status())) {
                add("SEAT_SOLD_AT_MOST_ONCE_AND_MATCHES_ITS_RESERVATIONS", "seat " + seat.id(), seat.status() + " with live reservations " + statuses);
            }
        }
    }

    /** Every user's balance equals the sum of their ledger. */
    private void balancesMatchLedgers() {
        Map<Long, Long> sums = snapshot.ledger().stream().collect(Collectors.groupingBy(LedgerEntry::userId,
                Collectors.summingLong(e -> e.type().equals("USE") ? -e.amount() : e.amount())));
        snapshot.users().stream().filter(u -> u.balance() != sums.getOrDefault(u.id(), 0L))
                .forEach(u -> add("BALANCE_EQUALS_LEDGER", "user " + u.id(), "balance " + u.balance() + ", ledger sums to " + sums.getOrDefault(u.id(), 0L)));
    }

    /** Every outbox row is published. */
    private void everythingPublished() {
        snapshot.unpublishedOutboxRows().forEach((service, rows) -> {
            if (rows > 0) {
                add("EVERY_OUTBOX_ROW_PUBLISHED", service, rows + " row(s) not yet published");
            }
        });
    }

    private boolean completed(UUID paymentId) {
        Payment payment = payments.get(paymentId);
        return payment != null && payment.status().equals("COMPLETED");
    }

    private String state(UUID paymentId) {
        Payment payment = payments.get(paymentId);
        return "payment " + paymentId + " (" + (payment == null ? "unknown to payment-service" : payment.status()) + ")";
    }

    private static String describe(Reservation reservation) {
        return reservation == null ? "unknown" : reservation.status() + " by " + reservation.confirmedByPayment();
    }

    private void add(String rule, Payment payment, String detail) {
        add(rule, "payment " + payment.id(), detail);
    }

    private void add(String rule, String subject, String detail) {
        violations.add(new Violation(rule, subject, detail));
    }
}
