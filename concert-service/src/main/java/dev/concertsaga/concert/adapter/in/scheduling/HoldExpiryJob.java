package dev.concertsaga.concert.adapter.in.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import dev.concertsaga.concert.application.ExpireHeldReservations;
import dev.concertsaga.concert.config.ReservationProperties;

/**
 * Every {@code reservation.expiry-interval}, on a scheduler thread (so on the background connection pool), expires
 * the holds past their deadline: batch after batch, each its own short transaction, until a batch comes back short.
 */
@Component
class HoldExpiryJob implements SchedulingConfigurer {

    private static final Logger LOG = LoggerFactory.getLogger(HoldExpiryJob.class);

    private final ExpireHeldReservations expireHeldReservations;
    private final ReservationProperties properties;

    HoldExpiryJob(ExpireHeldReservations expireHeldReservations, ReservationProperties properties) {
        this.expireHeldReservations = expireHeldReservations;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::expireDueHolds, properties.expiryInterval());
    }

    void expireDueHolds() {
        try {
            int batch = properties.expiryBatchSize();
            while (expireHeldReservations.expireDueHolds(batch) == batch) {
                LOG.debug("Expired a full batch of {} holds; looking for more", batch);
            }
        } catch (RuntimeException e) {
            LOG.warn("Expiring holds failed; trying again in {}: {}", properties.expiryInterval(), e.getMessage());
        }
    }
}
