package dev.concertsaga.payment.application;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.concertsaga.events.PaymentRequested;
import dev.concertsaga.events.Uuids;
import dev.concertsaga.messaging.Outbox;
import dev.concertsaga.payment.domain.Payment;
import dev.concertsaga.payment.domain.PaymentRequest;

/**
 * Starts the payment saga: in one transaction, a PENDING payment, its {@code PaymentRequested} in the outbox and the
 * first line of its timeline. A request with an idempotency key seen before gets the payment that key started.
 */
@Service
public class RequestPayment {

    private static final Logger LOG = LoggerFactory.getLogger(RequestPayment.class);

    private final PaymentStore payments;
    private final PaymentTimeline timeline;
    private final Outbox outbox;
    private final SagaMetrics metrics;
    private final Clock clock;

    RequestPayment(PaymentStore payments, PaymentTimeline timeline, Outbox outbox, Clock clock, SagaMetrics metrics) {
        this.payments = payments;
        this.timeline = timeline;
        this.outbox = outbox;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Inserts the payment first and reads what holds its key only if the insert was refused: a new request, the common
     * case, costs one statement, and a repeated one two.
     *
     * @throws IdempotencyKeyReusedException when the key was used for a request that asked for something else
     * @throws PaymentAlreadyActiveException when the reservation has a pending or completed payment under another key
     */
    @Transactional
    public Payment request(PaymentRequest request) {
        Payment payment = Payment.request(Uuids.timeOrdered(), request, clock.instant());
        if (!payments.add(payment)) {
            return earlierOrConflict(request);
        }
        PaymentRequested requested = new PaymentRequested(payment.id(), request.reservationId(), request.userId(), request.queueToken(),
                WireTerms.toWire(request.method()));
        timeline.append(SeenEvent.of(outbox.add(requested)), clock.instant());
        metrics.started(payment);
        LOG.info("Payment {} requested for reservation {} by user {}", payment.id(), request.reservationId(), request.userId());
        return payment;
    }

    /**
     * The key or the reservation is taken, by a request committed before, or by a concurrent one that the refused
     * insert waited for. Under READ COMMITTED the next statement sees it: the same key is the same payment, another
     * key a conflict.
     */
    private Payment earlierOrConflict(PaymentRequest request) {
        return payments.findByIdempotencyKey(request.idempotencyKey())
                .map(earlier -> sameRequest(earlier, request))
                .orElseThrow(() -> new PaymentAlreadyActiveException(request.reservationId()));
    }

    private static Payment sameRequest(Payment earlier, PaymentRequest request) {
        if (!earlier.isRequestedBy(request)) {
            throw new IdempotencyKeyReusedException();
        }
        return earlier;
    }
}
