package dev.concertsaga.user.domain;

/** No user has the id a request names. */
public class UserNotFoundException extends RuntimeException {

    public UserNotFoundException(long userId) {
        super("There is no user " + userId + ".");
    }
}
