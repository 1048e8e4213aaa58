package dev.concertsaga.concert.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.concert.domain.Concert;

record ConcertResponse(@Schema(example = "1") long concertId,
                       @Schema(example = "Spring Gala") String title) {

    static ConcertResponse of(Concert concert) {
        return new ConcertResponse(concert.id(), concert.title());
    }
}
