package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface QueueTokenRepository extends Repository<QueueTokenEntity, UUID> {

    Optional<QueueTokenEntity> findById(UUID token);

    @Modifying
    @Query(value = """
            INSERT INTO queue_token (token, user_id, status, active_until) VALUES (:token, :userId, :status, :activeUntil)
            ON CONFLICT (token) DO UPDATE
            SET user_id = EXCLUDED.user_id, status = EXCLUDED.status, active_until = EXCLUDED.active_until""", nativeQuery = true)
    void upsert(UUID token, long userId, String status, Instant activeUntil);

    @Modifying
    @Query(value = "UPDATE queue_token SET status = 'EXPIRED' WHERE token = :token", nativeQuery = true)
    void markExpired(UUID token);
}
