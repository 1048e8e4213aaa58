package dev.concertsaga.web;

/** The codes common to every service; each service adds its own for its domain errors. */
public final class ProblemCodes {

    /** A field or parameter broke a validation rule; {@code errors} lists which and why. */
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    /** The body is not JSON, or not of the expected shape. */
    public static final String MALFORMED_REQUEST = "MALFORMED_REQUEST";
    /** A path or query parameter has the wrong type, e.g. an id that is not a UUID. */
    public static final String INVALID_PARAMETER = "INVALID_PARAMETER";
    /** A required header is missing or blank. */
    public static final String MISSING_HEADER = "MISSING_HEADER";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    /** The database or the broker cannot be reached; the answer carries {@code Retry-After}. */
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /** Anything unexpected; the detail says no more than that, the log says the rest. */
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ProblemCodes() {
    }
}
