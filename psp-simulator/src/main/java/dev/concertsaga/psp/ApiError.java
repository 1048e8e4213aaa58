package dev.concertsaga.psp;

/** An answer other than success, as card processors give it: an HTTP status and a stable code. */
final class ApiError extends RuntimeException {

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, "invalid_request", message);
    }

    static ApiError notFound(String what) {
        return new ApiError(404, "resource_missing", what + " does not exist");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
