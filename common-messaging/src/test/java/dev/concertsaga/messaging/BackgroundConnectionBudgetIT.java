package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Background work has a bounded pool of its own: it cannot take the connections requests need. */
@MessagingIT
class BackgroundConnectionBudgetIT {

    @Autowired
    DataSource dataSource;

    @Test
    void gives_request_threads_and_background_threads_connections_from_separate_pools() throws Exception {
        assertThat(poolServing()).isEqualTo("messaging-test/api");
        assertThat(onBackgroundThread(this::poolServing)).isEqualTo("messaging-test/background");
    }

    @Test
    void the_outbox_relay_has_connections_of_its_own_that_do_not_wait_for_the_wal_flush() throws Exception {
        Callable<String> settings = () -> String.join(" ", setting("application_name"), setting("synchronous_commit"),
                setting("plan_cache_mode"), setting("enable_seqscan"));
        // Test fixtures run PostgreSQL with synchronous_commit off, so each pool's setting is read against the server's.
        String server = setting("synchronous_commit");

        assertThat(onRelayThread(settings)).isEqualTo("messaging-test/relay off force_generic_plan off");
        assertThat(onBackgroundThread(settings)).isEqualTo("messaging-test/background " + server + " auto on");
        assertThat(settings.call()).isEqualTo("messaging-test/api " + server + " auto on");
    }

    @Test
    void a_request_gets_a_connection_while_background_work_holds_its_whole_budget() throws Exception {
        WorkloadRoutingDataSource routing = (WorkloadRoutingDataSource) dataSource;
        int budget = routing.backgroundPool().getMaximumPoolSize();
        List<Connection> held = new ArrayList<>();
        try {
            onBackgroundThread(() -> {
                while (held.size() < budget) {
                    held.add(dataSource.getConnection());
                }
                return null;
            });
            assertThat(routing.backgroundPool().getHikariPoolMXBean().getActiveConnections()).isEqualTo(budget);

            try (Connection request = dataSource.getConnection()) {
                assertThat(request.isValid(1)).isTrue();
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    private String poolServing() throws SQLException {
        return setting("application_name");
    }

    private String setting(String name) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var statement = connection.prepareStatement("SELECT current_setting(?)")) {
            statement.setString(1, name);
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static <T> T onBackgroundThread(Callable<T> work) throws Exception {
        return on(BackgroundWork.threadFactory("test-background"), work);
    }

    private static <T> T onRelayThread(Callable<T> work) throws Exception {
        return on(BackgroundWork.relayThreadFactory("test-relay"), work);
    }

    private static <T> T on(java.util.concurrent.ThreadFactory threads, Callable<T> work) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(threads);
        try {
            return executor.submit(work).get();
        } finally {
            executor.shutdown();
        }
    }
}
