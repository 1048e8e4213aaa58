package dev.concertsaga.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import dev.concertsaga.events.PointEvent;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.testsupport.TopicReader;

/** What user-service published on point-events, read as payment-service would read it. */
public final class PointEvents {

    private PointEvents() {
    }

    /** Waits for an event of {@code type} about a payment and returns it. */
    public static <E extends PointEvent> E awaitOne(TopicReader reader, Class<E> type, UUID paymentId) {
        return type.cast(reader.awaitEvents(event -> type.isInstance(event.data()) && paymentId.equals(event.sagaId()), 1)
                .get(0).data());
    }

    /**
     * Every event published for the user until now, oldest first. A user's events are published in commit order, so
     * once a charge made now has been read, every event committed for the user before it has been read too. That
     * charge adds one point.
     */
    public static List<PointEvent> upToNow(TopicReader reader, TestUsers users, long userId) {
        long balance = users.charge(userId, 1);
        reader.awaitEvents(event -> event.data().equals(new PointsCharged(userId, 1, balance)), 1);
        List<PointEvent> published = reader.events(event -> event.data() instanceof PointEvent point && point.userId() == userId)
                .stream().map(event -> (PointEvent) event.data()).toList();
        assertThat(published).last().isEqualTo(new PointsCharged(userId, 1, balance));
        return published.subList(0, published.size() - 1);
    }

    /** The events about one payment among {@code published}. */
    public static List<PointEvent> about(List<PointEvent> published, UUID paymentId) {
        return published.stream().filter(event -> paymentId.equals(event.sagaId())).toList();
    }
}
