package dev.concertsaga.payment.domain;

/**
 * Which of the three saga steps have reported success. The steps run in other services and report in any order,
 * so each is a flag of its own rather than a position in a sequence.
 */
public record SagaProgress(boolean reservationConfirmed, boolean queueTokenExpired, boolean pointsDeducted) {

    public static final SagaProgress NONE = new SagaProgress(false, false, false);

    SagaProgress withReservationConfirmed() {
        return new SagaProgress(true, queueTokenExpired, pointsDeducted);
    }

    SagaProgress withQueueTokenExpired() {
        return new SagaProgress(reservationConfirmed, true, pointsDeducted);
    }

    SagaProgress withPointsDeducted() {
        return new SagaProgress(reservationConfirmed, queueTokenExpired, true);
    }

    boolean isComplete() {
        return reservationConfirmed && queueTokenExpired && pointsDeducted;
    }
}
