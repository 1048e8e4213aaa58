package dev.concertsaga.concert.domain;

/** A numbered seat of one schedule, with its price in points. */
public record Seat(long id, long scheduleId, int number, long price, SeatStatus status) {

    public boolean isIn(long scheduleId) {
        return this.scheduleId == scheduleId;
    }
}
