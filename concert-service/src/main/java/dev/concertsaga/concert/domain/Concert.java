package dev.concertsaga.concert.domain;

/** A concert of the catalog; its schedules say when it plays. */
public record Concert(long id, String title) {
}
