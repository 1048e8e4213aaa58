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
    ResponseEntity<ReservationResponse> hold(@RequestHeader(name = QueueTokenHeader.NAME, required = false) String queueToken,
                                             @Valid @RequestBody HoldSeatRequest request) {
        Reservation reservation = holdSeat.hold(QueueTokenHeader.parse(queueToken), request.userId(), request.scheduleId(),
                request.seatId());
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{reservationId}")
                .buildAndExpand(reservation.id()).toUri();
        return ResponseEntity.created(location).body(ReservationResponse.of(reservation));
    }

    /** {@code GET /api/v1/reservations/{reservationId}}: the reservation, HELD, CONFIRMED or EXPIRED. */
    @GetMapping("/{reservationId}")
    ReservationResponse reservation(@PathVariable UUID reservationId) {
        return viewReservation.byId(reservationId).map(ReservationResponse::of)
                .orElseThrow(() -> ApiException.notFound("RESERVATION_NOT_FOUND", "There is no reservation " + reservationId + "."));
    }
}
