package dev.concertsaga.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL as a supervised process. A restart builds a new server on the same data directory and port;
 * PostgreSQL's crash recovery replays its write-ahead log, so nothing committed is lost (it runs with fsync on).
 */
final class EmbeddedServer implements Supervised {

    private final Settings settings;
    private volatile EmbeddedPostgres postgres;
    private boolean stopped;

    private EmbeddedServer(Settings settings) {
        this.settings = settings;
    }

    static EmbeddedServer start(Settings settings) {
        EmbeddedServer server = new EmbeddedServer(settings);
        server.postgres = Databases.startEmbedded(settings);
        return server;
    }

    @Override
    public void restart() {
        synchronized (this) {
            if (stopped) {
                throw new StartupFailure("the stack is stopping");
            }
            release(postgres);
            postgres = Databases.startEmbedded(settings);
        }
    }

    /**
     * Lets go of a server that is gone. Closing it releases the library's lock on the data directory; the lock file is
     * deleted as well, since a start that failed half-way keeps its lock and would block every later start in this JVM.
     */
    private void release(EmbeddedPostgres gone) {
        try {
            gone.close();
        } catch (IOException | RuntimeException alreadyDead) {
            // pg_ctl stop fails on a server that crashed: expected.
        }
        try {
            Files.deleteIfExists(dataDirectory().resolve("epg-lock"));
        } catch (IOException e) {
            throw new StartupFailure("cannot release PostgreSQL's data directory", e);
        }
    }

    EmbeddedPostgres postgres() {
        return postgres;
    }

    Path dataDirectory() {
        return settings.home().resolve("postgres");
    }

    synchronized void stop() {
        stopped = true;
        try {
            postgres.close();
        } catch (IOException e) {
            System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }

    @Override
    public String name() {
        return "postgresql";
    }

    /** The postmaster, from its pid file: the library's own process is {@code pg_ctl start}, which ends once the server runs. */
    @Override
    public ProcessHandle process() {
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory().resolve("postmaster.pid")).get(0).strip());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no postmaster with pid " + pid));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot find PostgreSQL's postmaster in " + dataDirectory(), e);
        }
    }

    @Override
    public CompletableFuture<String> exit() {
        ProcessHandle postmaster = process();
        return postmaster.onExit().thenApply(ended -> "the postmaster (pid " + ended.pid() + ") ended");
    }

    @Override
    public String logTail() {
        return ChildProcess.tail(settings.logs().resolve("postgres.log"));
    }
}
