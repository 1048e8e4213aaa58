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
        try (Connection connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var result = statement.executeQuery("SELECT current_setting('application_name')")) {
            result.next();
            return result.getString(1);
        }
    }

    private static <T> T onBackgroundThread(Callable<T> work) throws Exception {
        ExecutorService executor = Executors.newSingleThreadExecutor(BackgroundWork.threadFactory("test-background"));
        try {
            return executor.submit(work).get();
        } finally {
            executor.shutdown();
        }
    }
}
