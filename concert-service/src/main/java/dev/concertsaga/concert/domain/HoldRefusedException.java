package dev.concertsaga.concert.domain;

/** A request to hold a seat was refused; nothing was changed. */
public class HoldRefusedException extends RuntimeException {

    private final HoldRefusal refusal;

    public HoldRefusedException(HoldRefusal refusal, String detail) {
        super(detail);
        this.refusal = refusal;
    }

    public HoldRefusal refusal() {
        return refusal;
    }
}
