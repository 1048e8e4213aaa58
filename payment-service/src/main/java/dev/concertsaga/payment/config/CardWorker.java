package dev.concertsaga.payment.config;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import dev.concertsaga.messaging.BackgroundWork;
import dev.concertsaga.payment.application.ChargeCards;
import dev.concertsaga.payment.application.RefundCards;

/**
 * Runs the card calls: each poll claims as many due charges and refunds as there are free call slots, and puts each
 * to the provider on a bounded pool of background threads. A slow provider fills the slots and the rest waits in the
 * database; no listener, request or scheduler thread ever waits on it.
 */
class CardWorker implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(CardWorker.class);

    private final ChargeCards chargeCards;
    private final RefundCards refundCards;
    private final Semaphore slots;
    private final ExecutorService callers;
    private volatile boolean failing;

    CardWorker(ChargeCards chargeCards, RefundCards refundCards, int concurrency) {
        this.chargeCards = chargeCards;
        this.refundCards = refundCards;
        this.slots = new Semaphore(concurrency);
        this.callers = Executors.newFixedThreadPool(concurrency, BackgroundWork.threadFactory("card-calls"));
    }

    /** A claim that fails (the database is down) is tried again at the next poll, and said once, not every poll. */
    void poll() {
        try {
            run(chargeCards::claimDue, chargeCards::settle);
            run(refundCards::claimDue, refundCards::settle);
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.warn("Cannot claim card charges and refunds ({}); trying again at every poll", e.toString());
            }
            failing = true;
        }
    }

    private <T> void run(IntFunction<List<T>> claim, Consumer<T> settle) {
        int free = slots.drainPermits();
        List<T> claimed = List.of();
        try {
            claimed = free == 0 ? List.of() : claim.apply(free);
        } finally {
            slots.release(free - claimed.size());
        }
        for (T item : claimed) {
            callers.execute(() -> {
                try {
                    settle.accept(item);
                } catch (RuntimeException e) {
                    LOG.warn("A card call failed before its outcome was recorded; its lease runs out and it is asked again", e);
                } finally {
                    slots.release();
                }
            });
        }
    }

    @Override
    public void destroy() {
        callers.shutdownNow();
    }
}
