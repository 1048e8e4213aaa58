package dev.concertsaga.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import dev.concertsaga.consistency.DeadLetters.DeadLetter;
import dev.concertsaga.consistency.Snapshot.LedgerEntry;
import dev.concertsaga.consistency.Snapshot.Payment;
import dev.concertsaga.consistency.Snapshot.Reservation;
import dev.concertsaga.consistency.Snapshot.Seat;
import dev.concertsaga.consistency.Snapshot.Token;
import dev.concertsaga.consistency.Snapshot.User;

/** A consistent world passes; breaking any one guarantee in it is reported under that guarantee's name. */
class RulesTest {

    private static final long PRICE = 80_000;

    private final UUID paid = UUID.randomUUID();
    private final UUID voided = UUID.randomUUID();
    private final UUID paidReservation = UUID.randomUUID();
    private final UUID voidedReservation = UUID.randomUUID();
    private final UUID paidToken = UUID.randomUUID();
    private final UUID voidedToken = UUID.randomUUID();

    private final List<Payment> payments = new ArrayList<>(List.of(
            new Payment(paid, paidReservation, 1, paidToken, "COMPLETED", PRICE),
            new Payment(voided, voidedReservation, 2, voidedToken, "CANCELLED", PRICE)));
    private final List<Reservation> reservations = new ArrayList<>(List.of(
            new Reservation(paidReservation, 10, PRICE, "CONFIRMED", paid),
            new Reservation(voidedReservation, 11, PRICE, "HELD", null)));
    private final List<Seat> seats = new ArrayList<>(List.of(new Seat(10, "SOLD"), new Seat(11, "HELD"), new Seat(12, "AVAILABLE")));
    private final List<Token> tokens = new ArrayList<>(List.of(new Token(paidToken, "EXPIRED", paid), new Token(voidedToken, "ACTIVE", null)));
    private final List<User> users = new ArrayList<>(List.of(new User(1, 20_000), new User(2, 100_000)));
    private final List<LedgerEntry> ledger = new ArrayList<>(List.of(
            new LedgerEntry(1, "CHARGE", 100_000, null), new LedgerEntry(1, "USE", PRICE, paid),
            new LedgerEntry(2, "CHARGE", 100_000, null), new LedgerEntry(2, "USE", PRICE, voided), new LedgerEntry(2, "REFUND", PRICE, voided)));
    private final Map<String, Long> outbox = new LinkedHashMap<>(Map.of("payment-service", 0L));
    private final List<DeadLetter> deadLetters = new ArrayList<>();
    private final Set<RecordPosition> badInput = new HashSet<>();
    private final Map<UUID, Set<String>> published = new HashMap<>(Map.of(paid, Set.of("COMPLETED"), voided, Set.of("CANCELLED")));
    private boolean topicComplete = true;
    private List<Snapshot.ProviderCharge> charges;
    private final Map<UUID, Set<String>> answers = new HashMap<>(Map.of(paid, Set.of("PENDING", "COMPLETED"), voided, Set.of("PENDING")));

    @Test
    void finds_nothing_wrong_with_a_completed_and_a_fully_compensated_payment() {
        assertThat(violations()).isEmpty();
    }

    @Test
    void reports_a_payment_left_pending() {
        payments.set(1, new Payment(voided, voidedReservation, 2, voidedToken, "PENDING", null));

        assertThat(rules()).contains("NO_PAYMENT_LEFT_PENDING");
    }

    @Test
    void reports_a_completed_payment_whose_seat_is_not_sold() {
        seats.set(0, new Seat(10, "HELD"));

        assertThat(rules()).contains("COMPLETED_MEANS_SEAT_SOLD");
    }

    @Test
    void reports_a_completed_payment_whose_reservation_another_payment_confirmed() {
        reservations.set(0, new Reservation(paidReservation, 10, PRICE, "CONFIRMED", UUID.randomUUID()));

        assertThat(rules()).contains("COMPLETED_MEANS_RESERVATION_CONFIRMED_BY_IT", "ONLY_A_COMPLETED_PAYMENT_CONFIRMS_A_RESERVATION");
    }

    @Test
    void reports_a_completed_payment_that_was_refunded_or_charged_another_amount() {
        ledger.add(new LedgerEntry(1, "REFUND", PRICE, paid));
        users.set(0, new User(1, 100_000));

        assertThat(rules()).containsExactly("COMPLETED_MEANS_ONE_USE_OF_THE_SEAT_PRICE");
    }

    @Test
    void reports_a_completed_payment_whose_token_is_still_active() {
        tokens.set(0, new Token(paidToken, "ACTIVE", null));

        assertThat(rules()).containsExactly("COMPLETED_MEANS_TOKEN_EXPIRED_BY_IT");
    }

    @Test
    void reports_a_cancelled_payment_that_kept_its_seat() {
        reservations.set(1, new Reservation(voidedReservation, 11, PRICE, "CONFIRMED", voided));
        seats.set(1, new Seat(11, "SOLD"));

        assertThat(rules()).containsExactly("ONLY_A_COMPLETED_PAYMENT_CONFIRMS_A_RESERVATION");
    }

    @Test
    void reports_a_cancelled_payment_whose_points_were_not_given_back() {
        ledger.remove(4);
        users.set(1, new User(2, 20_000));

        assertThat(rules()).containsExactly("A_PAYMENT_THAT_DID_NOT_COMPLETE_NETS_ZERO_POINTS");
    }

    @Test
    void reports_a_cancelled_payment_that_left_its_token_used() {
        tokens.set(1, new Token(voidedToken, "EXPIRED", voided));

        assertThat(rules()).containsExactly("ONLY_A_COMPLETED_PAYMENT_USES_A_TOKEN");
    }

    @Test
    void reports_a_seat_with_two_live_reservations_or_a_status_its_reservations_do_not_explain() {
        reservations.add(new Reservation(UUID.randomUUID(), 10, PRICE, "HELD", null));
        seats.set(2, new Seat(12, "SOLD"));

        assertThat(violations()).extracting(Violation::subject).containsExactlyInAnyOrder("seat 10", "seat 12");
    }

    @Test
    void reports_a_balance_that_is_not_the_sum_of_its_ledger() {
        users.set(0, new User(1, 20_001));

        assertThat(rules()).containsExactly("BALANCE_EQUALS_LEDGER");
    }

    @Test
    void reports_unpublished_outbox_rows_and_dead_lettered_records() {
        outbox.put("payment-service", 3L);
        deadLetters.add(new DeadLetter("payment-events-dlt", new RecordPosition("payment-events", 0, 7)));

        assertThat(rules()).containsExactly("EVERY_OUTBOX_ROW_PUBLISHED", "NOTHING_IN_A_DEAD_LETTER_TOPIC");
    }

    @Test
    void counts_a_record_that_several_consumer_groups_dead_lettered_once() {
        RecordPosition original = new RecordPosition("payment-events", 1, 42);
        deadLetters.add(new DeadLetter("payment-events-dlt", original));
        deadLetters.add(new DeadLetter("payment-events-dlt", original));
        deadLetters.add(new DeadLetter("payment-events-dlt", original));

        assertThat(violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("NOTHING_IN_A_DEAD_LETTER_TOPIC");
            assertThat(violation.detail()).startsWith("1 record(s)");
        });
        assertThat(DeadLetterRules.distinctOriginals(deadLetters)).containsExactly(Map.entry("payment-events-dlt", 1L));
    }

    @Test
    void accepts_dead_letters_of_bad_input_and_reports_bad_input_that_nobody_rejected() {
        RecordPosition poison = new RecordPosition("point-events", 2, 5);
        RecordPosition ignored = new RecordPosition("queue-token-events", 0, 9);
        badInput.addAll(Set.of(poison, ignored));
        deadLetters.add(new DeadLetter("point-events-dlt", poison));

        assertThat(violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("BAD_INPUT_IS_DEAD_LETTERED");
            assertThat(violation.subject()).isEqualTo("record " + ignored);
        });
    }

    @Test
    void reports_a_published_outcome_the_payment_table_does_not_hold() {
        published.put(voided, Set.of("COMPLETED"));
        UUID unknown = UUID.randomUUID();
        published.put(unknown, Set.of("COMPLETED"));

        assertThat(violations()).extracting(Violation::rule, Violation::subject).containsExactlyInAnyOrder(
                tuple("EVERY_PUBLISHED_OUTCOME_HOLDS", "payment " + voided),
                tuple("EVERY_PUBLISHED_OUTCOME_HOLDS", "payment " + unknown));
    }

    @Test
    void reports_a_payment_published_as_both_outcomes() {
        published.put(paid, Set.of("COMPLETED", "CANCELLED"));

        assertThat(rules()).containsExactly("EVERY_PUBLISHED_OUTCOME_HOLDS");
    }

    @Test
    void reports_a_decided_payment_whose_outcome_is_not_on_the_topic() {
        published.remove(paid);

        assertThat(rules()).containsExactly("EVERY_DECIDED_PAYMENT_IS_PUBLISHED");
    }

    @Test
    void does_not_ask_a_topic_that_lost_old_records_for_every_outcome() {
        published.remove(paid);
        topicComplete = false;

        assertThat(violations()).isEmpty();
    }

    @Test
    void reports_a_payment_a_client_was_answered_about_that_vanished() {
        UUID vanished = UUID.randomUUID();
        answers.put(vanished, Set.of("COMPLETED"));

        assertThat(violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("WHAT_A_CLIENT_WAS_TOLD_STAYS_TRUE");
            assertThat(violation.subject()).isEqualTo("payment " + vanished);
            assertThat(violation.detail()).startsWith("vanished");
        });
    }

    @Test
    void reports_a_payment_that_went_back_from_what_a_client_was_told() {
        answers.put(voided, Set.of("PENDING", "COMPLETED"));

        assertThat(violations()).singleElement().satisfies(violation -> {
            assertThat(violation.rule()).isEqualTo("WHAT_A_CLIENT_WAS_TOLD_STAYS_TRUE");
            assertThat(violation.detail()).startsWith("went back");
        });
    }

    private List<String> rules() {
        return violations().stream().map(Violation::rule).toList();
    }

    private List<Violation> violations() {
        return Rules.check(new Snapshot(payments, reservations, seats, tokens, users, ledger, outbox, deadLetters,
                new PublishedOutcomes(published, topicComplete), new Expectations(answers, badInput), charges));
    }

    /** The same world, paid by card: no points move, the provider charged the paid one and refunded the voided one. */
    private void byCard(Snapshot.ProviderCharge paidCharge, Snapshot.ProviderCharge voidedCharge) {
        payments.set(0, new Payment(paid, paidReservation, 1, paidToken, "COMPLETED", PRICE, "CARD"));
        payments.set(1, new Payment(voided, voidedReservation, 2, voidedToken, "CANCELLED", PRICE, "CARD"));
        ledger.removeIf(entry -> entry.paymentId() != null);
        users.set(0, new User(1, 100_000));
        charges = new ArrayList<>(List.of(paidCharge, voidedCharge));
    }

    @Test
    void finds_nothing_wrong_with_a_card_payment_charged_once_and_one_refunded_in_full() {
        byCard(new Snapshot.ProviderCharge("charge-" + paid, PRICE, "SUCCEEDED", 0), new Snapshot.ProviderCharge("charge-" + voided, PRICE, "SUCCEEDED", PRICE));

        assertThat(violations()).isEmpty();
    }

    @Test
    void reports_a_completed_card_payment_whose_charge_was_declined_or_refunded() {
        byCard(new Snapshot.ProviderCharge("charge-" + paid, PRICE, "SUCCEEDED", 1), new Snapshot.ProviderCharge("charge-" + voided, PRICE, "DECLINED", 0));

        assertThat(rules()).containsExactly("COMPLETED_CARD_PAYMENT_CHARGED_ONCE_AND_KEPT");
    }

    @Test
    void reports_a_cancelled_card_payment_whose_charge_was_not_given_back() {
        byCard(new Snapshot.ProviderCharge("charge-" + paid, PRICE, "SUCCEEDED", 0), new Snapshot.ProviderCharge("charge-" + voided, PRICE, "SUCCEEDED", 0));

        assertThat(rules()).containsExactly("A_CARD_PAYMENT_THAT_DID_NOT_COMPLETE_NETS_ZERO_AT_THE_PROVIDER");
    }

    @Test
    void reports_a_completed_card_payment_that_also_took_points() {
        byCard(new Snapshot.ProviderCharge("charge-" + paid, PRICE, "SUCCEEDED", 0), new Snapshot.ProviderCharge("charge-" + voided, PRICE, "SUCCEEDED", PRICE));
        ledger.add(new LedgerEntry(1, "USE", PRICE, paid));
        users.set(0, new User(1, 100_000 - PRICE));

        assertThat(rules()).containsExactly("COMPLETED_MEANS_ONE_USE_OF_THE_SEAT_PRICE");
    }
}
