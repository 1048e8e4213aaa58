package dev.concertsaga.concert.application;

import java.time.Instant;

/** A schedule as the catalog lists it: when it starts and how many seats are still available. */
public record ScheduleSummary(long scheduleId, Instant startsAt, long availableSeats) {
}
