package dev.concertsaga.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of event types, read off the sealed hierarchy: adding a record to a topic's sealed interface is all it
 * takes to make it a known type. The wire name of a type is its simple class name.
 */
public final class EventTypes {

    /** The schema version of every type today; a type gets its own number when the meaning of a field changes. */
    public static final int CURRENT_VERSION = 1;

    private static final Map<String, Class<? extends Event>> BY_NAME = Collections.unmodifiableMap(collect(Event.class, new LinkedHashMap<>()));

    private EventTypes() {
    }

    /** Every event type, by wire name. */
    public static Map<String, Class<? extends Event>> all() {
        return BY_NAME;
    }

    public static Optional<Class<? extends Event>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static String nameOf(Class<? extends Event> type) {
        return type.getSimpleName();
    }

    public static int versionOf(Class<? extends Event> type) {
        return CURRENT_VERSION;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Class<? extends Event>> collect(Class<?> type, Map<String, Class<? extends Event>> into) {
        if (type.isRecord()) {
            into.put(nameOf((Class<? extends Event>) type), (Class<? extends Event>) type);
        }
        for (Class<?> sub : type.isSealed() ? type.getPermittedSubclasses() : new Class<?>[0]) {
            collect(sub, into);
        }
        return into;
    }
}
