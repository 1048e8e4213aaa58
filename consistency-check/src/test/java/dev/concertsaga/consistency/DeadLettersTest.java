package dev.concertsaga.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class DeadLettersTest {

    @Test
    void names_a_dead_letter_by_the_original_record_in_its_headers() {
        ConsumerRecord<byte[], byte[]> copy = new ConsumerRecord<>("point-events-dlt", 0, 3, null, null);
        copy.headers().add("kafka_dlt-original-topic", "point-events".getBytes(StandardCharsets.UTF_8));
        copy.headers().add("kafka_dlt-original-partition", ByteBuffer.allocate(4).putInt(2).array());
        copy.headers().add("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(1234L).array());

        assertThat(DeadLetters.originalOf(copy)).isEqualTo(new RecordPosition("point-events", 2, 1234));
    }

    @Test
    void takes_a_dead_letter_without_those_headers_for_an_original_of_its_own() {
        ConsumerRecord<byte[], byte[]> letter = new ConsumerRecord<>("point-events-dlt", 1, 8, null, null);

        assertThat(DeadLetters.originalOf(letter)).isEqualTo(new RecordPosition("point-events-dlt", 1, 8));
    }
}
