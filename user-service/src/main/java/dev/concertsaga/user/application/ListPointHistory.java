package dev.concertsaga.user.application;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.user.domain.RecordedEntry;
import dev.concertsaga.user.domain.UserNotFoundException;

/** A user's ledger, newest entry first: what they charged, what payments took and what was given back. */
@Service
public class ListPointHistory {

    private final UserAccounts accounts;
    private final PointLedger ledger;

    ListPointHistory(UserAccounts accounts, PointLedger ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    @Transactional(readOnly = true)
    public List<RecordedEntry> latest(long userId, int limit) {
        List<RecordedEntry> entries = ledger.latest(userId, limit);
        // Only an empty history needs a second look: a user who never charged and an unknown id both have none.
        if (entries.isEmpty() && accounts.find(userId).isEmpty()) {
            throw new UserNotFoundException(userId);
        }
        return entries;
    }
}
