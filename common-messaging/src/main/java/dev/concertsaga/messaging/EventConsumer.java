package dev.concertsaga.messaging;

import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.commons.logging.LogFactory;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.SerializationUtils;

import dev.concertsaga.events.Event;
import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.MalformedEventException;

/**
 * One consumer of one topic in a service: takes the records of a poll, applies each event once through the inbox (a
 * batch in one transaction), and tells the error handler which record failed, so that the records before it are
 * committed, it alone is retried or dead-lettered, and the records after it come again.
 *
 * @param <E> the topic's sealed event interface
 */
public final class EventConsumer<E extends Event> {

    private static final LogAccessor LOG = new LogAccessor(LogFactory.getLog(EventConsumer.class));

    private final String name;
    private final EventHandlers<E> handlers;
    private final Inbox inbox;
    private final Comparator<EventEnvelope<E>> order;
    private final MessageTracing tracing;

    EventConsumer(String name, EventHandlers<E> handlers, Inbox inbox, Comparator<EventEnvelope<E>> order, MessageTracing tracing) {
        this.name = name;
        this.tracing = tracing;
        this.handlers = handlers;
        this.inbox = inbox;
        this.order = order;
    }

    /** Called by a batch {@code @KafkaListener} with the records of one poll. */
    public void accept(List<ConsumerRecord<String, EventEnvelope<E>>> records) {
        int readable = firstUnreadable(records);
        List<EventEnvelope<E>> events = records.subList(0, readable).stream().map(ConsumerRecord::value).toList();
        Map<EventEnvelope<E>, ConsumerRecord<String, EventEnvelope<E>>> recordOf = new IdentityHashMap<>(readable * 2);
        records.subList(0, readable).forEach(record -> recordOf.put(record.value(), record));
        Function<EventEnvelope<E>, Optional<Runnable>> tracedEffects = envelope -> handlers.effectOf(envelope).map(effect ->
                () -> tracing.handle(recordOf.get(envelope), handlers.useCaseOf(envelope), envelope.type(), envelope.sagaId(), effect));
        inbox.onceEach(name, events, tracedEffects, order).ifPresent(failure -> {
            throw new BatchListenerFailedException(name + " failed on " + events.get(failure.index()).type(), failure.cause(), failure.index());
        });
        if (readable < records.size()) {
            throw new BatchListenerFailedException(name + " cannot read a record", unreadable(records.get(readable)), readable);
        }
    }

    private static <V> int firstUnreadable(List<ConsumerRecord<String, V>> records) {
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).value() == null) {
                return i;
            }
        }
        return records.size();
    }

    /** Why a record has no envelope: the deserializer's error (in a header), or no value at all. */
    private static Exception unreadable(ConsumerRecord<String, ?> record) {
        Exception error = SerializationUtils.getExceptionFromHeader(record, SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, LOG);
        return error != null ? error : new MalformedEventException("a record on " + record.topic() + " has no value");
    }
}
