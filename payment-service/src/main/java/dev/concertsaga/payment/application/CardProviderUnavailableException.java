package dev.concertsaga.payment.application;

/** The provider did not say how a call ended: it timed out, answered 5xx, or could not be reached. */
public class CardProviderUnavailableException extends RuntimeException {

    public CardProviderUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CardProviderUnavailableException(String message) {
        super(message);
    }
}
