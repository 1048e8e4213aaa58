package dev.concertsaga.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A record that does not fit the contract is a clear error naming what is wrong, never a null or a guess. */
class EventJsonErrorsTest {

    private final EventJson json = new EventJson();
    private final JsonMapper plain = JsonMapper.builder().build();

    @Test
    void ignores_fields_it_does_not_know_in_envelope_and_data() {
        ObjectNode node = golden("PaymentCompleted");
        node.put("traceparent", "00-abc-def-01");
        ((ObjectNode) node.get("data")).put("currency", "POINTS");

        assertThat(json.read(bytes(node))).isEqualTo(SampleEvents.envelope("PaymentCompleted"));
    }

    @Test
    void reads_an_optional_field_that_is_absent_as_null() {
        ObjectNode node = golden("QueueTokenExpired");
        node.putNull("sagaId");
        ObjectNode data = (ObjectNode) node.get("data");
        data.put("reason", "TTL");
        data.remove("paymentId");

        QueueTokenExpired expired = (QueueTokenExpired) json.read(bytes(node)).data();

        assertThat(expired.paymentId()).isNull();
        assertThat(expired.reason()).isEqualTo(TokenExpiryReason.TTL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PaymentRequested", "ReservationConfirmed", "PaymentCompleted"})
    void reads_an_absent_or_null_method_as_points_as_producers_before_cards_sent_it(String type) {
        ObjectNode absent = golden(type);
        ((ObjectNode) absent.get("data")).remove("method");
        ObjectNode nulled = golden(type);
        ((ObjectNode) nulled.get("data")).putNull("method");

        for (ObjectNode node : List.of(absent, nulled)) {
            Event data = json.read(bytes(node)).data();
            assertThat(data).hasFieldOrPropertyWithValue("method", PaymentMethod.POINTS);
        }
    }

    @Test
    void rejects_an_unknown_type() {
        ObjectNode node = golden("PaymentCompleted");
        node.put("type", "PaymentRefunded");

        assertThatThrownBy(() -> json.read(bytes(node)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("unknown event type 'PaymentRefunded'");
    }

    @Test
    void rejects_a_version_it_does_not_know() {
        ObjectNode node = golden("PaymentCompleted");
        node.put("version", 2);

        assertThatThrownBy(() -> json.read(bytes(node)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("version 2 is not supported");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eventId", "type", "version", "occurredAt", "data"})
    void rejects_an_envelope_without_a_required_field(String field) {
        ObjectNode node = golden("PaymentCompleted");
        node.remove(field);

        assertThatThrownBy(() -> json.read(bytes(node)))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("[" + field + "]");
    }

    static Stream<Arguments> requiredDataFields() {
        return EventTypes.all().values().stream().flatMap(type -> Stream.of(type.getRecordComponents())
                .filter(c -> !c.isAnnotationPresent(OptionalField.class))
                .map(c -> Arguments.of(type.getSimpleName(), c.getName())));
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("requiredDataFields")
    void rejects_data_without_a_required_field(String type, String field) {
        ObjectNode node = golden(type);
        ((ObjectNode) node.get("data")).remove(field);

        assertThatThrownBy(() -> json.read(bytes(node)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(type + " is missing required field(s) [" + field + "]");
    }

    @ParameterizedTest(name = "{0} set to null")
    @MethodSource("requiredDataFields")
    void rejects_data_with_a_required_field_set_to_null(String type, String field) {
        ObjectNode node = golden(type);
        ((ObjectNode) node.get("data")).putNull(field);

        assertThatThrownBy(() -> json.read(bytes(node))).isInstanceOf(MalformedEventException.class).hasMessageContaining(field);
    }

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of("userId as a string", (Consumer<ObjectNode>) d -> d.put("userId", "7")),
                Arguments.of("userId as a fraction", (Consumer<ObjectNode>) d -> d.put("userId", 7.5)),
                Arguments.of("a negative userId", (Consumer<ObjectNode>) d -> d.put("userId", -7)),
                Arguments.of("a negative amount", (Consumer<ObjectNode>) d -> d.put("amount", -1)),
                Arguments.of("a paymentId that is not a UUID", (Consumer<ObjectNode>) d -> d.put("paymentId", "p-1")),
                Arguments.of("a time that is not ISO-8601", (Consumer<ObjectNode>) d -> d.put("completedAt", "yesterday")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badValues")
    void rejects_a_value_of_the_wrong_shape(String description, Consumer<ObjectNode> damage) {
        ObjectNode node = golden("PaymentCompleted");
        damage.accept((ObjectNode) node.get("data"));

        assertThatThrownBy(() -> json.read(bytes(node))).isInstanceOf(MalformedEventException.class).hasMessageStartingWith("PaymentCompleted");
    }

    @Test
    void rejects_an_enum_value_outside_the_contract() {
        ObjectNode node = golden("PaymentCancelled");
        ((ObjectNode) node.get("data")).put("failedStep", "SHIPPING");

        assertThatThrownBy(() -> json.read(bytes(node))).isInstanceOf(MalformedEventException.class).hasMessageContaining("SHIPPING");
    }

    @Test
    void rejects_a_saga_id_that_is_not_the_events_payment() {
        ObjectNode node = golden("PointsDeducted");
        node.put("sagaId", SampleEvents.RESERVATION.toString());

        assertThatThrownBy(() -> json.read(bytes(node))).isInstanceOf(MalformedEventException.class).hasMessageContaining("sagaId");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[1,2]", "\"PaymentCompleted\"", "{\"eventId\":"})
    void rejects_what_is_not_a_json_object(String text) {
        assertThatThrownBy(() -> json.read(text.getBytes(StandardCharsets.UTF_8))).isInstanceOf(MalformedEventException.class);
    }

    private ObjectNode golden(String type) {
        return (ObjectNode) plain.readTree(EventJsonGoldenTest.golden(type));
    }

    private byte[] bytes(ObjectNode node) {
        return plain.writeValueAsBytes(node);
    }
}
