package dev.concertsaga.queue.adapter.in.scheduling;

import java.util.function.IntUnaryOperator;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import dev.concertsaga.queue.application.AdmitWaitingTokens;
import dev.concertsaga.queue.application.ExpireOverdueTokens;
import dev.concertsaga.queue.config.QueueProperties;

/** Moves the queue along: admits waiting tokens and expires overdue ones, each in short batches of their own. */
@Component
class QueueSchedule {

    private final AdmitWaitingTokens admitWaitingTokens;
    private final ExpireOverdueTokens expireOverdueTokens;
    private final int batchSize;

    QueueSchedule(AdmitWaitingTokens admitWaitingTokens, ExpireOverdueTokens expireOverdueTokens, QueueProperties properties) {
        this.admitWaitingTokens = admitWaitingTokens;
        this.expireOverdueTokens = expireOverdueTokens;
        this.batchSize = properties.batchSize();
    }

    // The intervals' defaults repeat those of QueueProperties: annotations can only read them as placeholders.
    @Scheduled(fixedDelayString = "${queue.admission-interval:1s}")
    void admitWaitingTokens() {
        inBatches(admitWaitingTokens::admitUpTo);
    }

    @Scheduled(fixedDelayString = "${queue.expiry-interval:1s}")
    void expireOverdueTokens() {
        inBatches(expireOverdueTokens::expireUpTo);
    }

    /** A full batch means more may be due: go on at once rather than wait for the next round. */
    private void inBatches(IntUnaryOperator batch) {
        int done;
        do {
            done = batch.applyAsInt(batchSize);
        } while (done == batchSize);
    }
}
