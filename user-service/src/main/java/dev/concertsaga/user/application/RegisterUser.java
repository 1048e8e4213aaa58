package dev.concertsaga.user.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.user.domain.User;

/** Registers a user, who starts with no points. */
@Service
public class RegisterUser {

    private final UserAccounts accounts;
    private final Clock clock;

    RegisterUser(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public User register(String name) {
        return accounts.register(name, clock.instant());
    }
}
