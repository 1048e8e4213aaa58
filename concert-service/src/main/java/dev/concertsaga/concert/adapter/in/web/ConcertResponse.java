package dev.concertsaga.concert.adapter.in.web;

import dev.concertsaga.concert.domain.Concert;

record ConcertResponse(long concertId, String title) {

    static ConcertResponse of(Concert concert) {
        return new ConcertResponse(concert.id(), concert.title());
    }
}
