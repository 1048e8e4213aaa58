package dev.concertsaga.consistency;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

import dev.concertsaga.events.Topics;

/**
 * The records in the dead-letter topics, each named by the original record it copies. Every consumer group that rejects
 * a record writes a copy of its own, so the originals, not the copies, are what to count.
 */
final class DeadLetters {

    static final List<String> TOPICS = Topics.ALL.stream().map(Topics::deadLetter).toList();

    /** One record in {@code topic}, a copy of {@code original}. */
    record DeadLetter(String topic, RecordPosition original) {
    }

    private DeadLetters() {
    }

    static List<DeadLetter> read(String bootstrapServers) {
        List<DeadLetter> letters = new ArrayList<>();
        if (bootstrapServers != null) {
            TOPICS.forEach(topic -> TopicScan.read(bootstrapServers, topic, record -> letters.add(new DeadLetter(topic, originalOf(record)))));
        }
        return letters;
    }

    /** From the headers Spring Kafka's DeadLetterPublishingRecoverer adds; a record without them stands for itself. */
    static RecordPosition originalOf(ConsumerRecord<?, ?> record) {
        Headers headers = record.headers();
        Header topic = headers.lastHeader("kafka_dlt-original-topic");
        Header partition = headers.lastHeader("kafka_dlt-original-partition");
        Header offset = headers.lastHeader("kafka_dlt-original-offset");
        if (topic == null || partition == null || offset == null || partition.value().length != 4 || offset.value().length != 8) {
            return new RecordPosition(record.topic(), record.partition(), record.offset());
        }
        return new RecordPosition(new String(topic.value(), StandardCharsets.UTF_8), ByteBuffer.wrap(partition.value()).getInt(),
                ByteBuffer.wrap(offset.value()).getLong());
    }
}
