package dev.concertsaga.user.adapter.in.web;

import dev.concertsaga.user.domain.User;

record UserResponse(long userId, String name, long balance) {

    static UserResponse of(User user) {
        return new UserResponse(user.id(), user.name(), user.balance());
    }
}
