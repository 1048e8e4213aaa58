package dev.concertsaga.embeddedpostgres;

import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from the embedded binaries, on a data directory that is created on the first start and reused after
 * that, and as durable as in production: the library's own defaults (fsync off, synchronous_commit off) are
 * overridden. Autovacuum visits each database every 10 s, for the services' outbox tables. The caller stops it; no
 * shutdown hook is registered.
 */
public final class DurablePostgres {

    private DurablePostgres() {
    }

    /** A builder to start it with; settings set on it afterwards win over these. */
    public static EmbeddedPostgres.Builder on(Path dataDirectory, int port) {
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setRegisterShutdownHook(false)
                // Crash recovery after an immediate stop takes a while on a busy machine; the default is 10 s.
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // Every service's outbox is a queue: each row is inserted, leased and deleted within milliseconds. The
                // relay's claim walks the dead rows until vacuum removes them; visiting each database every 60 s
                // (the default) let them pile up until the claim took a third of a core (README, Benchmark).
                .setServerConfig("autovacuum_naptime", "10s");
    }
}
