package dev.concertsaga.messaging;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Shows how many events wait for the relay and how old the oldest is: the first thing to look at when events lag. */
class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final OutboxStore store;

    OutboxHealthIndicator(OutboxStore store) {
        super("Outbox health check failed");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OutboxStore.Backlog backlog = store.backlogSummary();
        builder.up().withDetail("backlog", backlog.rows()).withDetail("oldestAgeMillis", backlog.oldestAgeMillis());
    }
}
