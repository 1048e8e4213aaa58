package dev.concertsaga.concert.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;

import dev.concertsaga.web.ProblemResponse;
import dev.concertsaga.concert.application.HoldSeat;
import dev.concertsaga.concert.application.ViewReservation;
import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.web.ApiException;

@RestController
@RequestMapping("/api/v1/reservations")
class ReservationController {

    private final HoldSeat holdSeat;
    private final ViewReservation viewReservation;

    ReservationController(HoldSeat holdSeat, ViewReservation viewReservation) {
        this.holdSeat = holdSeat;
        this.viewReservation = viewReservation;
    }

    /**
     * {@code POST /api/v1/reservations}: holds a seat for the user whose active queue token is in the
     * {@code Queue-Token} header; 201 with the HELD reservation and its Location.
     */
    @PostMapping
    @Operation(summary = "Hold a seat", description = """
            Holds an AVAILABLE seat for the user until `heldUntil` (a few minutes); pay for it with \
            `POST /api/v1/payments` before then, or the hold expires and the seat is released.""")
    @ApiResponse(responseCode = "201", description = "The seat is held: the HELD reservation.",
            headers = @Header(name = "Location", description = "Its URL.", schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ReservationResponse.class)))
    @ProblemResponse(status = 401, codes = {"QUEUE_TOKEN_MISSING", "QUEUE_TOKEN_NOT_ACTIVE"},
            description = "The `Queue-Token` header is missing, or the token is not ACTIVE (still waiting, expired or unknown).")
    @ProblemResponse(status = 403, codes = "QUEUE_TOKEN_NOT_OWNED", description = "The queue token belongs to another user.")
    @ProblemResponse(status = 404, codes = "SEAT_NOT_FOUND", description = "The schedule has no such seat.")
    @ProblemResponse(status = 409, codes = "SEAT_NOT_AVAILABLE", description = "The seat is HELD or SOLD already; nothing was changed.")
    ResponseEntity<ReservationResponse> hold(@Parameter(in = ParameterIn.HEADER, required = true, example = "0193a5c1-7d2e-7c3a-9a51-2f4b8e6d1c20",
                                                     description = "The user's ACTIVE queue token (a UUID), from queue-service.")
                                             @RequestHeader(name = QueueTokenHeader.NAME, required = false) String queueToken,
                                             @Valid @RequestBody HoldSeatRequest request) {
        Reservation reservation = holdSeat.hold(QueueTokenHeader.parse(queueToken), request.userId(), request.scheduleId(),
                request.seatId());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{reservationId}")
                .buildAndExpand(reservation.id()).toUri();
        return ResponseEntity.created(location).body(ReservationResponse.of(reservation));
    }

    /** {@code GET /api/v1/reservations/{reservationId}}: the reservation, HELD, CONFIRMED or EXPIRED. */
    @GetMapping("/{reservationId}")
    @Operation(summary = "Get a reservation", description = "HELD until paid or `heldUntil`; CONFIRMED once paid; EXPIRED once the hold ran out.")
    @ProblemResponse(status = 404, codes = "RESERVATION_NOT_FOUND", description = "There is no reservation with this id.")
    ReservationResponse reservation(@PathVariable UUID reservationId) {
        return viewReservation.byId(reservationId).map(ReservationResponse::of)
                .orElseThrow(() -> ApiException.notFound("RESERVATION_NOT_FOUND", "There is no reservation " + reservationId + "."));
    }
}
