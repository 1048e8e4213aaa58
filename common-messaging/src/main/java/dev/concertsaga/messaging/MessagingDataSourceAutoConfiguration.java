package dev.concertsaga.messaging;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The service's DataSource: three Hikari pools behind one {@link WorkloadRoutingDataSource}. The request pool takes
 * {@code spring.datasource.hikari.*} as usual; the background pool copies it with {@code messaging.background-pool.max-size};
 * the outbox relay's pool copies it with two connections and settings of its own.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnClass(HikariDataSource.class)
@EnableConfigurationProperties({DataSourceProperties.class, MessagingProperties.class})
public class MessagingDataSourceAutoConfiguration {

    private static final long API_CONNECTION_TIMEOUT_MS = 3_000;
    private static final int RELAY_POOL_SIZE = 2;

    @Bean
    @ConditionalOnMissingBean(DataSource.class)
    WorkloadRoutingDataSource dataSource(DataSourceProperties properties, Environment environment, MessagingProperties messaging) {
        HikariDataSource api = pool(properties, environment, "api");
        if (!environment.containsProperty("spring.datasource.hikari.connection-timeout")) {
            // A request finds out within seconds that the database is unreachable, and is answered 503, instead of
            // holding its thread for Hikari's default 30 s.
            api.setConnectionTimeout(API_CONNECTION_TIMEOUT_MS);
        }
        HikariDataSource background = pool(properties, environment, "background");
        int maxSize = messaging.backgroundPool().maxSize();
        background.setMaximumPoolSize(maxSize);
        if (background.getMinimumIdle() > maxSize) {
            background.setMinimumIdle(maxSize);
        }
        return new WorkloadRoutingDataSource(api, background, relayPool(properties, environment));
    }

    /**
     * The outbox relay's connections (one thread, one statement at a time). Nothing the relay writes needs durability
     * of its own: a lease or a delete that a crash of PostgreSQL takes back only makes rows go out again, and consumers
     * deduplicate. So its commits do not wait for the WAL flush, where every business transaction's does. Its few
     * statements run thousands of times a minute with the same shape, so each is planned once per connection: left to
     * choose, PostgreSQL re-planned every call (its statistics of a queue table swing between vacuums, and an id array
     * of another length looked like another query), and planning cost as much as running. And it finds rows by index
     * only: a plan made while the table looked empty would otherwise read the whole table, hundreds of pages of rows
     * deleted since the last vacuum, on every call until it is made again.
     */
    private static HikariDataSource relayPool(DataSourceProperties properties, Environment environment) {
        HikariDataSource relay = pool(properties, environment, "relay");
        relay.setMaximumPoolSize(RELAY_POOL_SIZE);
        relay.setMinimumIdle(1);
        String settings = "SET synchronous_commit = off; SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off";
        relay.setConnectionInitSql(relay.getConnectionInitSql() == null ? settings : relay.getConnectionInitSql() + "; " + settings);
        return relay;
    }

    /** Each pool's connections carry its name in {@code application_name}, so pg_stat_activity tells them apart. */
    private static HikariDataSource pool(DataSourceProperties properties, Environment environment, String name) {
        HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
        pool.setPoolName(name);
        pool.addDataSourceProperty("ApplicationName", environment.getProperty("spring.application.name", "app") + "/" + name);
        return pool;
    }
}
