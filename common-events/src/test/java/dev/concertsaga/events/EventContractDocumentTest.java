package dev.concertsaga.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The AsyncAPI document is the contract other teams read; this keeps it true. It fails when an event type exists in
 * code but not in the document (or the other way round), when a type sits on another channel or lists other fields,
 * or when a golden wire-format file does not validate against the document's schema for it.
 */
class EventContractDocumentTest {

    private static final JsonNode DOCUMENT = load();
    private static final String DEAD_LETTER_SUFFIX = "-dlt";
    private final JsonMapper json = JsonMapper.builder().build();
    private final SchemaRegistry schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7);

    static Stream<String> eventTypes() {
        return EventTypes.all().keySet().stream();
    }

    @Test
    void documents_exactly_the_event_types_of_the_code() {
        assertThat(names(DOCUMENT.at("/components/messages"))).isEqualTo(EventTypes.all().keySet());
    }

    @Test
    void puts_every_event_type_on_the_channel_of_its_topic() {
        for (JsonNode channel : eventChannels()) {
            String topic = channel.get("address").asString();
            for (String type : names(channel.get("messages"))) {
                assertThat(SampleEvents.BY_TYPE.get(type).topic()).as("the channel of %s", type).isEqualTo(topic);
            }
        }
        assertThat(eventChannels()).extracting(c -> c.get("address").asString()).containsExactlyInAnyOrderElementsOf(Topics.ALL);
    }

    @Test
    void gives_every_topic_a_dead_letter_channel_whose_headers_say_why_and_where_from() {
        List<String> deadLetterTopics = DOCUMENT.get("channels").values().stream().map(c -> c.get("address").asString())
                .filter(address -> address.endsWith(DEAD_LETTER_SUFFIX)).toList();
        JsonNode headers = DOCUMENT.at("/components/schemas/DeadLetterHeaders/required");

        assertThat(deadLetterTopics).containsExactlyInAnyOrderElementsOf(Topics.ALL.stream().map(topic -> topic + DEAD_LETTER_SUFFIX).toList());
        assertThat(headers.values()).extracting(JsonNode::asString).contains("dlt-error", "kafka_dlt-original-topic",
                "kafka_dlt-original-partition", "kafka_dlt-original-offset", "kafka_dlt-original-consumer-group");
    }

    /** DESIGN §3, "who consumes what": each service receives exactly these topics, and may dead-letter each. */
    @Test
    void says_which_topics_each_service_receives_and_dead_letters() {
        Map<String, Set<String>> consumers = Map.of(
                "paymentService", Set.of(Topics.RESERVATION_EVENTS, Topics.POINT_EVENTS, Topics.QUEUE_TOKEN_EVENTS),
                "queueService", Set.of(Topics.PAYMENT_EVENTS),
                "concertService", Set.of(Topics.PAYMENT_EVENTS, Topics.QUEUE_TOKEN_EVENTS),
                "userService", Set.of(Topics.RESERVATION_EVENTS, Topics.PAYMENT_EVENTS));

        consumers.forEach((service, topics) -> {
            assertThat(addressesOf(service, "receive", "Receives")).as("what %s receives", service).isEqualTo(topics);
            assertThat(addressesOf(service, "send", "DeadLetters")).as("where %s dead-letters", service)
                    .isEqualTo(topics.stream().map(topic -> topic + DEAD_LETTER_SUFFIX).collect(Collectors.toSet()));
        });
    }

    private static Set<String> addressesOf(String service, String action, String verb) {
        Set<String> addresses = new HashSet<>();
        DOCUMENT.get("operations").properties().forEach(operation -> {
            if (operation.getKey().startsWith(service + verb)) {
                assertThat(operation.getValue().get("action").asString()).as(operation.getKey()).isEqualTo(action);
                String channel = operation.getValue().at("/channel/$ref").asString().replace("#/channels/", "");
                addresses.add(DOCUMENT.at("/channels/" + channel + "/address").asString());
            }
        });
        return addresses;
    }

    private static List<JsonNode> eventChannels() {
        return DOCUMENT.get("channels").values().stream()
                .filter(channel -> !channel.get("address").asString().endsWith(DEAD_LETTER_SUFFIX)).toList();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void lists_the_fields_of_the_record_and_requires_those_that_are_not_optional(String type) {
        JsonNode data = DOCUMENT.at("/components/schemas/" + type + "/properties/data");
        Class<? extends Event> record = EventTypes.all().get(type);

        assertThat(names(data.get("properties"))).isEqualTo(Set.of(componentNames(record, false).toArray()));
        assertThat(data.get("required").values()).extracting(JsonNode::asString).containsExactlyElementsOf(componentNames(record, true));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void accepts_the_golden_wire_format_of_every_event_type(String type) {
        Schema schema = schemaOf(type);

        assertThat(schema.validate(json.readTree(EventJsonGoldenTest.golden(type)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void rejects_a_golden_record_that_lost_a_required_field(String type) {
        ObjectNode broken = (ObjectNode) json.readTree(EventJsonGoldenTest.golden(type));
        ((ObjectNode) broken.get("data")).remove(componentNames(EventTypes.all().get(type), true).get(0));

        assertThat(schemaOf(type).validate(broken)).isNotEmpty();
    }

    private Schema schemaOf(String type) {
        return schemas.getSchema(json.writeValueAsString(resolved(DOCUMENT.at("/components/schemas/" + type))));
    }

    /** Inlines the document's local $refs, so a message schema can be validated on its own. */
    private static JsonNode resolved(JsonNode node) {
        if (node.isObject() && node.has("$ref")) {
            ObjectNode target = ((ObjectNode) resolved(DOCUMENT.at(node.get("$ref").asString().substring(1)))).deepCopy();
            node.properties().stream().filter(e -> !e.getKey().equals("$ref")).forEach(e -> target.set(e.getKey(), e.getValue()));
            return target;
        }
        if (node.isContainer()) {
            JsonNode copy = node.deepCopy();
            if (copy.isObject()) {
                ((ObjectNode) copy).properties().forEach(e -> e.setValue(resolved(e.getValue())));
            } else {
                for (int i = 0; i < copy.size(); i++) {
                    ((tools.jackson.databind.node.ArrayNode) copy).set(i, resolved(copy.get(i)));
                }
            }
            return copy;
        }
        return node;
    }

    private static List<String> componentNames(Class<? extends Event> record, boolean requiredOnly) {
        List<String> names = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            if (!requiredOnly || !component.isAnnotationPresent(OptionalField.class)) {
                names.add(component.getName());
            }
        }
        return names;
    }

    private static Set<String> names(JsonNode object) {
        return new HashSet<>(object.propertyNames());
    }

    private static JsonNode load() {
        try (InputStream in = EventContractDocumentTest.class.getResourceAsStream("/asyncapi/concert-saga-events.yaml")) {
            return YAMLMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
