package dev.concertsaga.queue.adapter.out.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** SQL of the queue, written out: each query states the partial index it relies on and the lock it takes. */
interface TokenRepository extends JpaRepository<TokenEntity, UUID> {

    /** Arbitrated by queue_token_one_live_per_user: a racing second insert waits for the first, then does nothing. */
    @Modifying
    @Query(nativeQuery = true, value = """
            INSERT INTO queue_token (token, user_id, status, issued_at) VALUES (:token, :userId, :status, :issuedAt)
            ON CONFLICT (user_id) WHERE status IN ('WAITING', 'ACTIVE') DO NOTHING""")
    int insertUnlessUserHoldsLiveToken(UUID token, long userId, String status, Instant issuedAt);

    @Query(nativeQuery = true, value = "SELECT * FROM queue_token WHERE user_id = :userId AND status IN ('WAITING', 'ACTIVE')")
    Optional<TokenEntity> findLiveByUserId(long userId);

    @Query(nativeQuery = true, value = """
            SELECT count(*) FROM queue_token
            WHERE status = 'WAITING' AND queue_number <= (SELECT queue_number FROM queue_token WHERE token = :token)""")
    long positionOf(UUID token);

    @Query(nativeQuery = true, value = "SELECT count(*) FROM queue_token WHERE status = 'ACTIVE'")
    long countActive();

    @Query(nativeQuery = true, value = "SELECT * FROM queue_token WHERE token = :token FOR UPDATE")
    Optional<TokenEntity> lockById(UUID token);

    /** No SKIP LOCKED: admission rounds are serialised anyway, and skipping a row would let a later token in first. */
    @Query(nativeQuery = true, value = "SELECT * FROM queue_token WHERE status = 'WAITING' ORDER BY queue_number LIMIT :limit FOR UPDATE")
    List<TokenEntity> lockNextWaiting(int limit);

    /** SKIP LOCKED: a token a payment is using right now is left to that payment, and expiry instances share the work. */
    @Query(nativeQuery = true, value = """
            SELECT * FROM queue_token WHERE status = 'ACTIVE' AND active_until <= :now
            ORDER BY active_until LIMIT :limit FOR UPDATE SKIP LOCKED""")
    List<TokenEntity> lockOverdue(Instant now, int limit);

    @Query(nativeQuery = true, value = "SELECT * FROM queue_token WHERE expired_by_payment = :paymentId FOR UPDATE")
    Optional<TokenEntity> lockByExpiredByPayment(UUID paymentId);
}
