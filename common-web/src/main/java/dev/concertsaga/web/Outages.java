package dev.concertsaga.web;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells an outage from a bug: an error caused by a database or broker that cannot be reached (no connection, the
 * server shutting down or recovering, a timeout) is the client's cue to retry later, so it is answered 503.
 */
final class Outages {

    private Outages() {
    }

    static boolean isOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException
                    || isUnreachableServer(cause) || isKafkaTimeout(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P (operator intervention: shutdown, crash, recovery); or the
     * pool's "Connection is closed", which carries no state: the pool evicted a connection the server dropped, and a
     * rollback on it then fails in place of the error that caused it.
     */
    private static boolean isUnreachableServer(Throwable cause) {
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        String state = sql.getSQLState();
        return state == null ? "Connection is closed".equals(sql.getMessage()) : state.startsWith("08") || state.startsWith("57P");
    }

    /** A broker that does not answer in time; matched by name so that this module need not depend on Kafka. */
    private static boolean isKafkaTimeout(Throwable cause) {
        return cause.getClass().getName().equals("org.apache.kafka.common.errors.TimeoutException");
    }
}
