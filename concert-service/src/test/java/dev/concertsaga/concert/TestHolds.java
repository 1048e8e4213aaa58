package dev.concertsaga.concert;

import dev.concertsaga.concert.TestCatalog.TestSchedule;
import dev.concertsaga.concert.application.HoldSeat;
import dev.concertsaga.concert.domain.Reservation;

/** Seats held the way a user holds one, ready for a payment: a new seat, user and active token each time. */
class TestHolds {

    private final TestCatalog catalog;
    private final TestEvents events;
    private final HoldSeat holdSeat;

    TestHolds(TestCatalog catalog, TestEvents events, HoldSeat holdSeat) {
        this.catalog = catalog;
        this.events = events;
        this.holdSeat = holdSeat;
    }

    Reservation newHold() {
        TestSchedule schedule = catalog.newSchedule(1);
        long user = TestUsers.next();
        return holdSeat.hold(events.activeToken(user), user, schedule.scheduleId(), schedule.seat(1));
    }
}
