package dev.concertsaga.user.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.user.domain.User;
import dev.concertsaga.user.domain.UserNotFoundException;

/** Looks a user up, with their balance. */
@Service
public class FindUser {

    private final UserAccounts accounts;

    FindUser(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public User find(long userId) {
        return accounts.find(userId).orElseThrow(() -> new UserNotFoundException(userId));
    }
}
