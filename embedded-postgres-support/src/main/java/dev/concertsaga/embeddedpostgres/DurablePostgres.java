package dev.concertsaga.embeddedpostgres;

import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from the embedded binaries, on a data directory that is created on the first start and reused after
 * that, and as durable as in production: the library's own defaults (fsync off, synchronous_commit off) are
 * overridden. The caller stops it; no shutdown hook is registered.
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
                .setServerConfig("full_page_writes", "on");
    }
}
