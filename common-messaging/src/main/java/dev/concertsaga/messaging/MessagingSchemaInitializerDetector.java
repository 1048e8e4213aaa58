package dev.concertsaga.messaging;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Tells Boot that {@link MessagingSchema} initializes the database, and that it goes first: Boot then makes the
 * service's Flyway (detected at order 0 and 1) wait for it, and everything that waits for database initialization
 * (JdbcClient, JdbcTemplate) wait for both. A service's migrations may so use the plumbing's tables, as those that
 * move a service's cancelled payments into {@code messaging.cancelled_payment} do.
 */
class MessagingSchemaInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MessagingSchema.class);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
