package dev.concertsaga.messaging;

import java.util.Map;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;

import com.zaxxer.hikari.HikariDataSource;

/**
 * One DataSource over three bounded pools: request threads draw on {@code api}, {@link BackgroundWork} threads on
 * {@code background}, and the outbox relay's thread on {@code relay}. JDBC and Flyway see a single DataSource, so use
 * cases need not know which pool serves them.
 */
final class WorkloadRoutingDataSource extends AbstractRoutingDataSource implements AutoCloseable {

    private final HikariDataSource api;
    private final HikariDataSource background;
    private final HikariDataSource relay;

    WorkloadRoutingDataSource(HikariDataSource api, HikariDataSource background, HikariDataSource relay) {
        this.api = api;
        this.background = background;
        this.relay = relay;
        setTargetDataSources(Map.of("api", api, "background", background, "relay", relay));
        setDefaultTargetDataSource(api);
        setLenientFallback(false);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        if (BackgroundWork.isRelayThread()) {
            return "relay";
        }
        return BackgroundWork.isCurrentThread() ? "background" : "api";
    }

    HikariDataSource backgroundPool() {
        return background;
    }

    HikariDataSource relayPool() {
        return relay;
    }

    @Override
    public void close() {
        relay.close();
        background.close();
        api.close();
    }
}
