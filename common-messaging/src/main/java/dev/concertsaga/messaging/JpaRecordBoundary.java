package dev.concertsaga.messaging;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

/** Flushes and clears the transaction's entity managers between two records of a batch. */
final class JpaRecordBoundary implements RecordBoundary {

    private final ObjectProvider<EntityManagerFactory> factories;

    JpaRecordBoundary(ObjectProvider<EntityManagerFactory> factories) {
        this.factories = factories;
    }

    @Override
    public void cross() {
        factories.forEach(factory -> {
            EntityManager entityManager = EntityManagerFactoryUtils.getTransactionalEntityManager(factory);
            if (entityManager != null) {
                entityManager.flush();
                entityManager.clear();
            }
        });
    }
}
