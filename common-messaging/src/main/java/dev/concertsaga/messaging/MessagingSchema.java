package dev.concertsaga.messaging;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;

/**
 * Migrates the plumbing's tables in schema {@code messaging}, with a Flyway history of their own, so that they
 * version independently of the service's schema and its migrations. It is migrated before the service's own
 * history ({@link MessagingSchemaInitializerDetector}), whose migrations may therefore use its tables.
 */
class MessagingSchema implements InitializingBean {

    static final String SCHEMA = "messaging";

    private final DataSource dataSource;

    MessagingSchema(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void afterPropertiesSet() {
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(SCHEMA)
                .createSchemas(true)
                .locations("classpath:db/messaging")
                .load()
                .migrate();
    }
}
