package dev.concertsaga.messaging;

import java.util.List;

import org.springframework.kafka.listener.AbstractMessageListenerContainer;

/**
 * Keeps every {@code @KafkaListener} of a service in one shape, checked as its container is made: its id names the
 * topics it reads ({@code id = Topics.X}, or {@code Topics.X + "+" + Topics.Y} for a listener of two, in the order of
 * {@code topics}), and it has no group of its own ({@code idIsGroup = false}), because the service reads every topic
 * in one consumer group, its {@code spring.application.name}. Without {@code idIsGroup = false} the id would become
 * the group, and the services reading a topic would share it.
 */
final class ListenerNaming {

    private static final String JOIN = "+";

    private ListenerNaming() {
    }

    /** The id of a listener of these topics. */
    static String idOf(List<String> topics) {
        return String.join(JOIN, topics);
    }

    static void check(AbstractMessageListenerContainer<?, ?> container) {
        String id = container.getListenerId();
        String[] topics = container.getContainerProperties().getTopics();
        if (topics == null || topics.length == 0 || !idOf(List.of(topics)).equals(id)) {
            throw new IllegalStateException("listener " + id + " reads " + (topics == null ? "no topic by name" : List.of(topics))
                    + ": a listener is named after the topics it reads, @KafkaListener(id = Topics.X, topics = Topics.X)"
                    + " or (id = Topics.X + \"" + JOIN + "\" + Topics.Y, topics = {Topics.X, Topics.Y})");
        }
        if (container.getContainerProperties().getGroupId() != null) {
            throw new IllegalStateException("listener " + id + " would read in group " + container.getContainerProperties().getGroupId()
                    + ": a listener reads in the service's group; declare it with idIsGroup = false and no groupId");
        }
    }
}
