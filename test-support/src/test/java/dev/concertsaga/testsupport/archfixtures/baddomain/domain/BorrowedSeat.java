package dev.concertsaga.testsupport.archfixtures.baddomain.domain;

import dev.concertsaga.testsupport.archfixtures.compliant.domain.Seat;

/** Another service's domain. */
public record BorrowedSeat(Seat seat) {
}
