package dev.concertsaga.concert.adapter.in.web;

import java.util.List;

import jakarta.validation.constraints.Positive;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;

import dev.concertsaga.web.ProblemResponse;
import dev.concertsaga.concert.application.BrowseCatalog;
import dev.concertsaga.web.ApiException;

@RestController
@RequestMapping("/api/v1")
class CatalogController {

    private final BrowseCatalog catalog;

    CatalogController(BrowseCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code GET /api/v1/concerts}: every concert. */
    @GetMapping("/concerts")
    @Operation(summary = "List concerts")
    List<ConcertResponse> concerts() {
        return catalog.concerts().stream().map(ConcertResponse::of).toList();
    }

    /** {@code GET /api/v1/concerts/{concertId}/schedules}: the concert's schedules, earliest first, with the seats left. */
    @GetMapping("/concerts/{concertId}/schedules")
    @Operation(summary = "List a concert's schedules", description = "Earliest first, each with the number of seats still AVAILABLE.")
    @ProblemResponse(status = 404, codes = "CONCERT_NOT_FOUND", description = "There is no concert with this id.")
    List<ScheduleResponse> schedules(@PathVariable @Positive long concertId) {
        return catalog.schedulesOf(concertId)
                .orElseThrow(() -> ApiException.notFound("CONCERT_NOT_FOUND", "There is no concert " + concertId + "."))
                .stream().map(ScheduleResponse::of).toList();
    }

    /** {@code GET /api/v1/schedules/{scheduleId}/seats}: the schedule's seats by number, with their price and status. */
    @GetMapping("/schedules/{scheduleId}/seats")
    @Operation(summary = "List a schedule's seats", description = "By seat number, each with its price and whether it is AVAILABLE, HELD or SOLD.")
    @ProblemResponse(status = 404, codes = "SCHEDULE_NOT_FOUND", description = "There is no schedule with this id.")
    List<SeatResponse> seats(@PathVariable @Positive long scheduleId) {
        return catalog.seatsOf(scheduleId)
                .orElseThrow(() -> ApiException.notFound("SCHEDULE_NOT_FOUND", "There is no schedule " + scheduleId + "."))
                .stream().map(SeatResponse::of).toList();
    }
}
