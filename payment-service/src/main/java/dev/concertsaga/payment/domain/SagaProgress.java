package dev.concertsaga.payment.domain;

/**
 * Which of the saga steps have reported success. The steps run in other services (or at the card provider) and
 * report in any order, so each is a flag of its own rather than a position in a sequence. A payment is paid by its
 * points being deducted or by its card being charged, as its method says.
 */
public record SagaProgress(boolean reservationConfirmed, boolean queueTokenExpired, boolean pointsDeducted, boolean cardCharged) {

    public static final SagaProgress NONE = new SagaProgress(false, false, false, false);

    public SagaProgress(boolean reservationConfirmed, boolean queueTokenExpired, boolean pointsDeducted) {
        this(reservationConfirmed, queueTokenExpired, pointsDeducted, false);
    }

    SagaProgress withReservationConfirmed() {
        return new SagaProgress(true, queueTokenExpired, pointsDeducted, cardCharged);
    }

    SagaProgress withQueueTokenExpired() {
        return new SagaProgress(reservationConfirmed, true, pointsDeducted, cardCharged);
    }

    SagaProgress withPointsDeducted() {
        return new SagaProgress(reservationConfirmed, queueTokenExpired, true, cardCharged);
    }

    SagaProgress withCardCharged() {
        return new SagaProgress(reservationConfirmed, queueTokenExpired, pointsDeducted, true);
    }

    boolean isComplete(PaymentMethod method) {
        return reservationConfirmed && queueTokenExpired && (method == PaymentMethod.CARD ? cardCharged : pointsDeducted);
    }
}
