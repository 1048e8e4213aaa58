package dev.concertsaga.concert;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.concertsaga.concert.domain.HoldRefusal;
import dev.concertsaga.testsupport.OpenApiContract;

/** The OpenAPI document a front-end builds against says what concert-service really answers. */
@ConcertServiceIT
class OpenApiContractIT extends OpenApiContract {

    OpenApiContractIT() {
        super("concert-service", Stream.of(HoldRefusal.values()).map(Enum::name).collect(Collectors.toSet()));
    }
}
