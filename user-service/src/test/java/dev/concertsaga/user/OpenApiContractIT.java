package dev.concertsaga.user;

import java.util.Set;

import dev.concertsaga.testsupport.OpenApiContract;

/** The OpenAPI document a front-end builds against says what user-service really answers. */
@UserServiceIT
class OpenApiContractIT extends OpenApiContract {

    OpenApiContractIT() {
        super("user-service", Set.of());
    }
}
