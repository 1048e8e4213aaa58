package dev.concertsaga.concert.adapter.in.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.concert.application.ScheduleSummary;

record ScheduleResponse(@Schema(example = "1") long scheduleId,
                        @Schema(example = "2026-12-24T19:00:00Z") Instant startsAt,
                        @Schema(example = "48") long availableSeats) {

    static ScheduleResponse of(ScheduleSummary schedule) {
        return new ScheduleResponse(schedule.scheduleId(), schedule.startsAt(), schedule.availableSeats());
    }
}
