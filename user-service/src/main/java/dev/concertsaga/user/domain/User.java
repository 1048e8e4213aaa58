package dev.concertsaga.user.domain;

/** A registered user and the points they hold. */
public record User(long id, String name, long balance) {
}
