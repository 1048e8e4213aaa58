package dev.concertsaga.concert.adapter.out.persistence;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Repository;

import dev.concertsaga.concert.application.QueueTokenStore;
import dev.concertsaga.concert.domain.QueueToken;

@Repository
class QueueTokenPersistenceAdapter implements QueueTokenStore {

    private final QueueTokenRepository repository;

    QueueTokenPersistenceAdapter(QueueTokenRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<QueueToken> find(UUID token) {
        return repository.findById(token).map(QueueTokenEntity::toDomain);
    }

    @Override
    public void put(QueueToken token) {
        repository.upsert(token.token(), token.userId(), token.status().name(), token.activeUntil());
    }

    @Override
    public void markExpired(UUID token) {
        repository.markExpired(token);
    }
}
