package dev.concertsaga.events;

/** How a payment is paid: the user's prepaid points, or a card charged at the payment provider (DESIGN §12). */
public enum PaymentMethod {
    POINTS, CARD;

    /** An absent method is POINTS: what every payment was before cards, and what old producers still mean. */
    public static PaymentMethod orDefault(PaymentMethod method) {
        return method == null ? POINTS : method;
    }
}
