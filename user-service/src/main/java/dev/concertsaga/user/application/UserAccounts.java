package dev.concertsaga.user.application;

import java.time.Instant;
import java.util.Optional;

import dev.concertsaga.user.domain.PointAccount;
import dev.concertsaga.user.domain.User;

/** Where users and their balances are kept. */
public interface UserAccounts {

    User register(String name, Instant at);

    Optional<User> find(long userId);

    /**
     * Reads a user's points and locks the user's row until the transaction ends. Every change of a balance goes
     * through this lock, so changes of one user's points happen one after the other and none is lost.
     */
    Optional<PointAccount> lock(long userId);

    /** Writes the balance of an account locked in this transaction. */
    void update(PointAccount account);
}
