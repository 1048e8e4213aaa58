package dev.concertsaga.messaging;

import dev.concertsaga.events.Event;

/** Makes the {@link EventConsumer}s that a service's listeners hand their records to. */
public final class EventConsumers {

    private final Inbox inbox;

    EventConsumers(Inbox inbox) {
        this.inbox = inbox;
    }

    /**
     * @param name     names the consumer in the inbox, so two consumers of one event in a service each apply it once
     * @param handlers what each event type of the topic does here
     */
    public <E extends Event> EventConsumer<E> of(String name, EventHandlers.Builder<E> handlers) {
        return new EventConsumer<>(name, handlers.build(), inbox);
    }
}
