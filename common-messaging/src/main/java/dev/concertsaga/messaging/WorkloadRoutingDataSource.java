package dev.concertsaga.messaging;

import java.util.Map;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One DataSource over two bounded pools: request threads draw on {@code api}, {@link BackgroundWork} threads on
 * {@code background}. JDBC and Flyway see a single DataSource, so use cases need not know which pool serves them.
 */
final class WorkloadRoutingDataSource extends AbstractRoutingDataSource implements AutoCloseable {

    private final HikariDataSource api;
    private final HikariDataSource background;

    WorkloadRoutingDataSource(HikariDataSource api, HikariDataSource background) {
        this.api = api;
        this.background = background;
        setTargetDataSources(Map.of("api", api, "background", background));
        setDefaultTargetDataSource(api);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        return BackgroundWork.isCurrentThread() ? "background" : "api";
    }

    HikariDataSource backgroundPool() {
        return background;
    }

    @Override
    public void close() {
        background.close();
        api.close();
    }
}
