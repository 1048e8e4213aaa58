package dev.concertsaga.queue;

import java.util.Set;

import dev.concertsaga.testsupport.OpenApiContract;

/** The OpenAPI document a front-end builds against says what queue-service really answers. */
@QueueIT
class OpenApiContractIT extends OpenApiContract {

    OpenApiContractIT() {
        super("queue-service", Set.of());
    }
}
