package dev.concertsaga.user.adapter.out.persistence;

import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Repository;

import dev.concertsaga.user.application.UserAccounts;
import dev.concertsaga.user.domain.PointAccount;
import dev.concertsaga.user.domain.User;

@Repository
class JpaUserAccounts implements UserAccounts {

    private final UserRepository users;

    JpaUserAccounts(UserRepository users) {
        this.users = users;
    }

    @Override
    public User register(String name, Instant at) {
        return users.save(new UserEntity(name, at)).toUser();
    }

    @Override
    public Optional<User> find(long userId) {
        return users.findById(userId).map(UserEntity::toUser);
    }

    /** SELECT … FOR NO KEY UPDATE: it excludes other balance changes, yet lets ledger rows reference the user. */
    @Override
    public Optional<PointAccount> lock(long userId) {
        return users.findByIdForUpdate(userId).map(UserEntity::toAccount);
    }

    /** The entity is the one {@link #lock} loaded into this transaction, so this is an UPDATE at commit. */
    @Override
    public void update(PointAccount account) {
        users.getReferenceById(account.userId()).setBalance(account.balance());
    }
}
