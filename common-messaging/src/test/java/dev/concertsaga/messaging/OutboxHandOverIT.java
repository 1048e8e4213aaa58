package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.events.Topics;
import dev.concertsaga.messaging.testapp.ChargePoints;
import dev.concertsaga.messaging.testapp.MessagingTestApplication;
import dev.concertsaga.testsupport.RealInfrastructure;
import dev.concertsaga.testsupport.TopicReader;

/**
 * The relay publishes what a commit hands it without looking through the table: here it looks once as it starts and
 * then not for an hour, so only the rows handed over at commit can reach the broker.
 */
@SpringBootTest(classes = MessagingTestApplication.class, properties = "messaging.relay.poll-interval=1h")
@RealInfrastructure(database = "messaging_hand_over")
class OutboxHandOverIT {

    @Autowired
    ChargePoints chargePoints;
    @Autowired
    OutboxStore store;

    @Test
    void publishes_the_rows_a_commit_hands_over_within_the_poll_interval() {
        long firstUser = TestUsers.reserve(30);
        try (TopicReader reader = TopicReader.fromNow(Topics.POINT_EVENTS)) {
            // Published by whichever comes first, the look at start or the hand-over; the look is behind us after it.
            UUID first = chargePoints.charge(firstUser, 1).eventId();
            reader.awaitEvents(e -> e.eventId().equals(first), 1);

            List<UUID> written = LongStream.range(firstUser + 1, firstUser + 30)
                    .mapToObj(user -> chargePoints.charge(user, 2)).map(EventEnvelope::eventId).toList();

            List<EventEnvelope<dev.concertsaga.events.Event>> published = reader.awaitEvents(e -> written.contains(e.eventId()), written.size());
            assertThat(published).extracting(e -> ((PointsCharged) e.data()).amount()).containsOnly(2L);
            await().until(() -> store.backlogSummary().rows() == 0);
        }
    }
}
