package dev.concertsaga.concert.adapter.in.web;

import java.time.Instant;

import dev.concertsaga.concert.application.ScheduleSummary;

record ScheduleResponse(long scheduleId, Instant startsAt, long availableSeats) {

    static ScheduleResponse of(ScheduleSummary schedule) {
        return new ScheduleResponse(schedule.scheduleId(), schedule.startsAt(), schedule.availableSeats());
    }
}
