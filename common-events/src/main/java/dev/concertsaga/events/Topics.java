package dev.concertsaga.events;

import java.util.List;

/** Topic names: one topic per producing aggregate. */
public final class Topics {

    public static final String PAYMENT_EVENTS = "payment-events";
    public static final String RESERVATION_EVENTS = "reservation-events";
    public static final String POINT_EVENTS = "point-events";
    public static final String QUEUE_TOKEN_EVENTS = "queue-token-events";

    public static final List<String> ALL = List.of(PAYMENT_EVENTS, RESERVATION_EVENTS, POINT_EVENTS, QUEUE_TOKEN_EVENTS);

    private Topics() {
    }

    /** Where a record that cannot be read or is invalid goes, with the error in its headers. */
    public static String deadLetter(String topic) {
        return topic + "-dlt";
    }
}
