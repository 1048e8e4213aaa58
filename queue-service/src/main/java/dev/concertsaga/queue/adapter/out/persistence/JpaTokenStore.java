package dev.concertsaga.queue.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import dev.concertsaga.queue.application.TokenStore;
import dev.concertsaga.queue.domain.Token;

@Component
class JpaTokenStore implements TokenStore {

    /** The name of the admission lock; every instance of the service takes the same one. */
    static final String ADMISSION_LOCK = "queue-service/admission";

    private final TokenRepository repository;
    private final AdvisoryLocks locks;

    JpaTokenStore(TokenRepository repository, AdvisoryLocks locks) {
        this.repository = repository;
        this.locks = locks;
    }

    /*
     * When the insert meets the user's live token, that token was committed before it. It can have ended since
     * (expired or used) only in the instant between the two statements; then the next insert meets no conflict.
     */
    @Override
    public Token addUnlessUserHoldsOne(Token token) {
        if (repository.insertUnlessUserHoldsLiveToken(token.id(), token.userId(), token.status().name(), token.issuedAt()) == 1) {
            return token;
        }
        return liveTokenOf(token.userId()).orElseGet(() -> addUnlessUserHoldsOne(token));
    }

    @Override
    public Optional<Token> find(UUID id) {
        return repository.findById(id).map(TokenEntity::toDomain);
    }

    @Override
    public Optional<Token> liveTokenOf(long userId) {
        return repository.findLiveByUserId(userId).map(TokenEntity::toDomain);
    }

    @Override
    public long positionOf(UUID id) {
        return repository.positionOf(id);
    }

    @Override
    public long countActive() {
        return repository.countActive();
    }

    @Override
    public void lockAdmission() {
        locks.lock(ADMISSION_LOCK);
    }

    @Override
    public Optional<Token> lock(UUID id) {
        return repository.lockById(id).map(TokenEntity::toDomain);
    }

    @Override
    public List<Token> lockNextWaiting(int limit) {
        return repository.lockNextWaiting(limit).stream().map(TokenEntity::toDomain).toList();
    }

    @Override
    public List<Token> lockOverdue(Instant now, int limit) {
        return repository.lockOverdue(now, limit).stream().map(TokenEntity::toDomain).toList();
    }

    @Override
    public Optional<Token> lockUsedBy(UUID paymentId) {
        return repository.lockByExpiredByPayment(paymentId).map(TokenEntity::toDomain);
    }

    /** The row is in the persistence context since it was locked, so this reads no more than memory. */
    @Override
    public void save(Token token) {
        repository.findById(token.id()).orElseThrow().update(token);
    }
}
