package dev.concertsaga.concert;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.ReservationConfirmationFailed;
import dev.concertsaga.events.ReservationEvent;
import dev.concertsaga.events.Topics;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.testsupport.TopicReader;

/** What the service publishes on reservation-events from the moment this was opened, as another team's consumer sees it. */
final class ReservationTopic implements AutoCloseable {

    private final TopicReader reader = TopicReader.fromNow(Topics.RESERVATION_EVENTS);
    private final Set<UUID> probes = new HashSet<>();

    /** Waits for the first event of {@code type} that matches, and returns it with its envelope. */
    @SuppressWarnings("unchecked")
    <E extends ReservationEvent> EventEnvelope<E> await(Class<E> type, Predicate<E> match) {
        Predicate<EventEnvelope<Event>> wanted = e -> type.isInstance(e.data()) && match.test(type.cast(e.data()));
        return (EventEnvelope<E>) (EventEnvelope<?>) reader.awaitEvents(wanted, 1).get(0);
    }

    /**
     * Every event about the reservation published so far, in order, probes left out. Call it once the service has
     * applied what the test sent. It sends a probe, a payment request by a stranger, which fails and changes nothing;
     * events of one reservation are published in commit order, so once the probe's answer is here, all before it are.
     */
    List<ReservationEvent> allAbout(UUID reservationId, TestEvents events) {
        UUID probe = Uuids.timeOrdered();
        probes.add(probe);
        events.send(new PaymentRequested(probe, reservationId, TestUsers.next(), Uuids.timeOrdered()));
        await(ReservationConfirmationFailed.class, failed -> failed.paymentId().equals(probe));
        return reader.events(e -> e.data() instanceof ReservationEvent about && about.reservationId().equals(reservationId)).stream()
                .map(e -> (ReservationEvent) e.data())
                .filter(e -> !(e instanceof ReservationConfirmationFailed failed && probes.contains(failed.paymentId())))
                .toList();
    }

    @Override
    public void close() {
        reader.close();
    }
}
