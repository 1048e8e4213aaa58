package dev.concertsaga.messaging.testapp;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.messaging.Outbox;

/** A use case as a service would write one: state change and event in one transaction. */
@Component
public class ChargePoints {

    private final Outbox outbox;

    ChargePoints(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public EventEnvelope<PointsCharged> charge(long userId, long amount) {
        return outbox.add(new PointsCharged(userId, amount, amount));
    }

    /** One event for each user in {@code userIds}, in that order (a user may come more than once), in one transaction. */
    @Transactional
    public List<EventEnvelope<PointsCharged>> chargeEach(List<Long> userIds, long amount) {
        return userIds.stream().map(userId -> outbox.add(new PointsCharged(userId, amount, amount))).toList();
    }

    /** Writes the event, then fails: the transaction rolls back and the event must never be seen. */
    @Transactional
    public void chargeThenFail(long userId, long amount) {
        outbox.add(new PointsCharged(userId, amount, amount));
        throw new IllegalStateException("the business rule failed after the event was written");
    }
}
