package dev.concertsaga.messaging;

import java.util.List;

import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Keeps every {@code @KafkaListener} of a service in one shape, checked as its container is made: one listener per
 * topic, its id the topic ({@code id = Topics.X}), and no group of its own ({@code idIsGroup = false}), because the
 * service reads every topic in one consumer group, its {@code spring.application.name}. Without
 * {@code idIsGroup = false} the id would become the group, and the services reading a topic would share it.
 */
final class ListenerNaming {

    private ListenerNaming() {
    }

    static void check(AbstractMessageListenerContainer<?, ?> container) {
        String id = container.getListenerId();
        String[] topics = container.getContainerProperties().getTopics();
        if (topics == null || !List.of(topics).equals(List.of(id))) {
            throw new IllegalStateException("listener " + id + " reads " + (topics == null ? "no topic by name" : List.of(topics))
                    + ": a listener reads one topic and is named after it, @KafkaListener(id = Topics.X, topics = Topics.X)");
        }
        if (container.getContainerProperties().getGroupId() != null) {
            throw new IllegalStateException("listener " + id + " would read in group " + container.getContainerProperties().getGroupId()
                    + ": a listener reads in the service's group; declare it with idIsGroup = false and no groupId");
        }
    }
}
