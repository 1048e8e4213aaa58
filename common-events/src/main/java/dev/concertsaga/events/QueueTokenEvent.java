package dev.concertsaga.events;

import java.util.UUID;

/** Events on {@code queue-token-events}, keyed by token. */
public sealed interface QueueTokenEvent extends Event
        permits QueueTokenActivated, QueueTokenExpired, QueueTokenExpiryFailed, QueueTokenRestored {

    UUID token();

    long userId();

    @Override
    default String topic() {
        return Topics.QUEUE_TOKEN_EVENTS;
    }

    @Override
    default String key() {
        return token().toString();
    }
}
