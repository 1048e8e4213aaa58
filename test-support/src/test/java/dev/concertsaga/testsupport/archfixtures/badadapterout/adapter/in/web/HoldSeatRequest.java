package dev.concertsaga.testsupport.archfixtures.badadapterout.adapter.in.web;

/** Public only so that the outbound adapter can reach it; that breaks the package-private rule as well. */
public record HoldSeatRequest(long seatId) {
}
