package dev.concertsaga.user.application;

import java.time.Clock;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.PointsCharged;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.user.domain.BalanceLimit;
import dev.concertsaga.user.domain.LedgerEntry;
import dev.concertsaga.user.domain.PointAccount;
import dev.concertsaga.user.domain.UserNotFoundException;

/** A user buys points: the balance grows, the ledger records a CHARGE and {@link PointsCharged} is published. */
@Service
public class ChargePoints {

    private final UserAccounts accounts;
    private final PointLedger ledger;
    private final Outbox outbox;
    private final BalanceLimit limit;
    private final Clock clock;

    ChargePoints(UserAccounts accounts, PointLedger ledger, Outbox outbox, BalanceLimit limit, Clock clock) {
        this.accounts = accounts;
        this.ledger = ledger;
        this.outbox = outbox;
        this.limit = limit;
        this.clock = clock;
    }

    /** @return the account after the charge */
    @Transactional
    public PointAccount charge(long userId, long amount) {
        PointAccount account = accounts.lock(userId).orElseThrow(() -> new UserNotFoundException(userId));
        LedgerEntry charge = account.charge(amount, limit, clock.instant());
        accounts.update(account);
        ledger.append(charge);
        outbox.add(new PointsCharged(userId, amount, charge.balanceAfter()));
        return account;
    }
}
