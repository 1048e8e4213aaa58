package dev.concertsaga.user.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.user.domain.User;

record UserResponse(@Schema(example = "7") long userId,
                    @Schema(example = "Dana") String name,
                    @Schema(example = "420000") long balance) {

    static UserResponse of(User user) {
        return new UserResponse(user.id(), user.name(), user.balance());
    }
}
