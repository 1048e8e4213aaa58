package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.concertsaga.concert.domain.QueueToken;
import dev.concertsaga.concert.domain.QueueTokenStatus;

@Entity
@Table(name = "queue_token")
class QueueTokenEntity {

    @Id
    private UUID token;
    private long userId;
    @Enumerated(EnumType.STRING)
    private QueueTokenStatus status;
    private Instant activeUntil;

    protected QueueTokenEntity() {
    }

    QueueToken toDomain() {
        return new QueueToken(token, userId, status, activeUntil);
    }
}
