package dev.concertsaga.testsupport.archfixtures.baddomain.domain;

import dev.concertsaga.testsupport.archfixtures.baddomain.application.SeatStore;

/** Its own service's use cases. */
public record SeatWithUseCase(SeatStore store) {
}
