package dev.concertsaga.queue.adapter.out.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** PostgreSQL advisory locks held until the transaction ends, so that none can be left behind by a failure. */
@Component
class AdvisoryLocks {

    private final JdbcClient jdbc;

    AdvisoryLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Waits until no other transaction holds the lock named {@code name}, then holds it until this one ends. */
    void lock(String name) {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(:name, 0))").param("name", name).query(Integer.class).single();
    }
}
