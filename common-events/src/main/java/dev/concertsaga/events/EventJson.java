package dev.concertsaga.events;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads and writes the wire format: one UTF-8 JSON object per record. Unknown fields are ignored; anything else that
 * does not fit the contract is a {@link MalformedEventException} naming what is wrong, never a half-filled event.
 */
public final class EventJson {

    /** The Kafka header that repeats the envelope's {@code type}. */
    public static final String TYPE_HEADER = "event-type";

    private static final List<String> REQUIRED_ENVELOPE_FIELDS = List.of("eventId", "type", "version", "occurredAt", "data");

    private final JsonMapper mapper = JsonMapper.builder()
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .withCoercionConfig(LogicalType.Integer, c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail))
            .build();

    public byte[] write(EventEnvelope<?> envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public EventEnvelope<Event> read(byte[] json) {
        JsonNode root = parse(json);
        List<String> missing = missingFields(root, REQUIRED_ENVELOPE_FIELDS);
        if (!missing.isEmpty()) {
            throw new MalformedEventException("event envelope is missing required field(s) " + missing);
        }
        String type = root.get("type").asString();
        Class<? extends Event> dataType = EventTypes.byName(type)
                .orElseThrow(() -> new MalformedEventException("unknown event type '" + type + "'"));
        int version = convert(root.get("version"), Integer.class, type);
        if (version != EventTypes.versionOf(dataType)) {
            throw new MalformedEventException(type + " version " + version + " is not supported (expected " + EventTypes.versionOf(dataType) + ")");
        }
        Event data = readData(root.get("data"), dataType);
        try {
            return new EventEnvelope<>(convert(root.get("eventId"), UUID.class, type), type, version,
                    convert(root.get("occurredAt"), Instant.class, type), convert(root.get("sagaId"), UUID.class, type), data);
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException(type + ": " + e.getMessage(), e);
        }
    }

    private JsonNode parse(byte[] json) {
        try {
            JsonNode root = mapper.readTree(json);
            if (root == null || !root.isObject()) {
                throw new MalformedEventException("an event must be a JSON object");
            }
            return root;
        } catch (JacksonException e) {
            throw new MalformedEventException("not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    private Event readData(JsonNode data, Class<? extends Event> type) {
        if (!data.isObject()) {
            throw new MalformedEventException(type.getSimpleName() + ": data must be a JSON object");
        }
        List<String> missing = missingFields(data, requiredFieldsOf(type));
        if (!missing.isEmpty()) {
            throw new MalformedEventException(type.getSimpleName() + " is missing required field(s) " + missing);
        }
        return convert(data, type, type.getSimpleName());
    }

    private <T> T convert(JsonNode node, Class<T> type, String eventType) {
        if (node == null || node.isNull()) {
            return null;
        }
        try {
            return mapper.treeToValue(node, type);
        } catch (JacksonException e) {
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new MalformedEventException(eventType + ": " + messageOf(cause), e);
        }
    }

    private static String messageOf(Throwable cause) {
        return cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : cause.getMessage();
    }

    private static List<String> requiredFieldsOf(Class<? extends Event> type) {
        return REQUIRED_FIELDS.get(type);
    }

    /** Worked out once per event type: reading a record's components and their annotations costs more than the event. */
    private static final ClassValue<List<String>> REQUIRED_FIELDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            List<String> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                if (!component.isAnnotationPresent(OptionalField.class)) {
                    fields.add(component.getName());
                }
            }
            return List.copyOf(fields);
        }
    };

    private static List<String> missingFields(JsonNode node, List<String> required) {
        return required.stream().filter(name -> node.get(name) == null || node.get(name).isNull()).toList();
    }
}
