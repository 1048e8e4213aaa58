package dev.concertsaga.systemtests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import dev.concertsaga.events.Topics;
import dev.concertsaga.testsupport.TestInfrastructure;

/**
 * Publishes every record of the four topics a second time, byte for byte, as an at-least-once broker or a relay
 * that died before marking would: each event is then delivered twice, the copy after later events of its key.
 */
final class Echo implements AutoCloseable {

    private static final String ECHO_HEADER = "echo";

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicInteger echoed = new AtomicInteger();
    private final Thread worker;
    private volatile boolean running = true;

    private Echo() {
        String brokers = TestInfrastructure.shared().kafkaBootstrapServers();
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers), new ByteArrayDeserializer(), new ByteArrayDeserializer());
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers, ProducerConfig.ACKS_CONFIG, "all"),
                new ByteArraySerializer(), new ByteArraySerializer());
        List<TopicPartition> partitions = Topics.ALL.stream().flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        worker = new Thread(this::run, "echo");
        worker.start();
    }

    static Echo start() {
        return new Echo();
    }

    int echoed() {
        return echoed.get();
    }

    private void run() {
        while (running) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                if (record.headers().lastHeader(ECHO_HEADER) == null) {
                    ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(record.topic(), record.partition(), record.key(), record.value(), record.headers());
                    copy.headers().add(ECHO_HEADER, new byte[] {1});
                    producer.send(copy);
                    echoed.incrementAndGet();
                }
            }
            producer.flush();
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        worker.join();
        consumer.close();
        producer.close();
    }
}
