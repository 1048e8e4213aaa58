package dev.concertsaga.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.json.JsonMapper;

/** The wire format of every event type is pinned by a golden file: other teams consume exactly this. */
class EventJsonGoldenTest {

    private final EventJson json = new EventJson();
    private final JsonMapper plain = JsonMapper.builder().build();

    static Stream<String> eventTypes() {
        return EventTypes.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void reads_the_golden_file_into_the_sample_event(String type) {
        assertThat(SampleEvents.BY_TYPE).as("a sample of %s", type).containsKey(type);

        assertThat(json.read(golden(type))).isEqualTo(SampleEvents.envelope(type));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void writes_the_sample_event_exactly_as_the_golden_file(String type) {
        byte[] written = json.write(SampleEvents.envelope(type));

        assertThat(plain.readTree(written)).isEqualTo(plain.readTree(golden(type)));
    }

    @ParameterizedTest
    @MethodSource("eventTypes")
    void survives_a_round_trip(String type) {
        EventEnvelope<Event> envelope = SampleEvents.envelope(type);

        assertThat(json.read(json.write(envelope))).isEqualTo(envelope);
    }

    static byte[] golden(String type) {
        try (InputStream in = EventJsonGoldenTest.class.getResourceAsStream("/golden/" + type + ".json")) {
            assertThat(in).as("golden/%s.json", type).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
