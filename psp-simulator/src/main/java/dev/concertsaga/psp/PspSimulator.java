package dev.concertsaga.psp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The external card payment provider of DESIGN §12, as a process of its own ({@link #main}) or started in-process by
 * a test ({@link #start}). A real HTTP server over a durable ledger: a client sees what it would see of a real one,
 * timeouts and all.
 */
public final class PspSimulator implements AutoCloseable {

    /** Enough for a slow provider's requests to wait side by side, as a real one's would. */
    private static final int HANDLER_THREADS = 64;

    private final HttpServer server;
    private final ExecutorService handlers;
    private final HikariDataSource dataSource;
    private final SimulatorSettings settings;

    private PspSimulator(HttpServer server, ExecutorService handlers, HikariDataSource dataSource, SimulatorSettings settings) {
        this.server = server;
        this.handlers = handlers;
        this.dataSource = dataSource;
        this.settings = settings;
    }

    public static PspSimulator start(SimulatorSettings settings) {
        HikariDataSource dataSource = dataSource(settings);
        try {
            Ledger ledger = new Ledger(dataSource);
            ledger.createSchema();
            HttpServer server = HttpServer.create(new InetSocketAddress(settings.port()), 100);
            ExecutorService handlers = Executors.newFixedThreadPool(HANDLER_THREADS);
            server.setExecutor(handlers);
            server.createContext("/", new ProviderApi(ledger, settings));
            server.start();
            return new PspSimulator(server, handlers, dataSource, settings);
        } catch (IOException | SQLException | RuntimeException e) {
            dataSource.close();
            throw new IllegalStateException("the payment provider simulator did not start", e);
        }
    }

    /**
     * Reads its settings from the environment ({@code PSP_*}); arguments in the form a Spring Boot service takes
     * ({@code --server.port=}, {@code --spring.datasource.url=}, {@code .username=}, {@code .password=}) win, so the
     * local stack runs it like the services. Other arguments are ignored.
     */
    public static void main(String[] args) {
        Map<String, String> env = new HashMap<>(System.getenv());
        Map<String, String> fromArguments = Map.of("--server.port", "PSP_PORT", "--spring.datasource.url", "PSP_DB_URL",
                "--spring.datasource.username", "PSP_DB_USERNAME", "--spring.datasource.password", "PSP_DB_PASSWORD");
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            if (pair.length == 2 && fromArguments.containsKey(pair[0])) {
                env.put(fromArguments.get(pair[0]), pair[1]);
            }
        }
        PspSimulator simulator = start(SimulatorSettings.fromEnvironment(env));
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "psp-simulator-stop"));
        System.out.println("psp-simulator listening on " + simulator.uri());
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public Faults faults() {
        return settings.faults();
    }

    /** Stops at once: requests still sleeping (a slow or timing-out card) are cut off, as when a real provider dies. */
    @Override
    public void close() {
        server.stop(0);
        handlers.shutdownNow();
        dataSource.close();
    }

    private static HikariDataSource dataSource(SimulatorSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.jdbcUrl());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(10);
        config.setMinimumIdle(1);
        config.setPoolName("psp-ledger");
        return new HikariDataSource(config);
    }
}
