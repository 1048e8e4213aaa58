package dev.concertsaga.concert.application;

import java.util.Optional;

import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

/** Where seats are kept. */
public interface SeatStore {

    Optional<Seat> find(long seatId);

    /**
     * Takes the seat from AVAILABLE to HELD in one conditional update: of any number of concurrent callers, exactly
     * one gets {@code true}.
     */
    boolean holdIfAvailable(long seatId);

    /** Sets the status of a seat whose live reservation is locked by the caller. */
    void setStatus(long seatId, SeatStatus status);
}
