package dev.concertsaga.events;

/** Events on {@code point-events}, keyed by userId. */
public sealed interface PointEvent extends Event permits PointsCharged, PointsDeducted, PointsDeductionFailed, PointsRefunded {

    long userId();

    @Override
    default String topic() {
        return Topics.POINT_EVENTS;
    }

    @Override
    default String key() {
        return Long.toString(userId());
    }
}
