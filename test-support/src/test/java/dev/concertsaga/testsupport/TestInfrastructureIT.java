package dev.concertsaga.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The harness itself: a record goes through the broker, and each named database is its own. */
class TestInfrastructureIT {

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();

    @Test
    void a_record_sent_to_the_broker_can_be_read_back() throws Exception {
        String topic = "harness-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "hello")).get();
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "harness", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
            }
            assertThat(values).containsExactly("hello");
        }
    }

    @Test
    void each_named_database_is_separate_and_real_postgresql() throws Exception {
        try (Connection a = connect("harness_a"); Connection b = connect("harness_b");
             Statement sa = a.createStatement(); Statement sb = b.createStatement()) {
            sa.execute("CREATE TABLE IF NOT EXISTS marker (id int)");
            try (ResultSet version = sa.executeQuery("SHOW server_version_num")) {
                version.next();
                assertThat(version.getInt(1)).isGreaterThanOrEqualTo(140000);
            }
            try (ResultSet tables = sb.executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_name = 'marker'")) {
                tables.next();
                assertThat(tables.getInt(1)).isZero();
            }
        }
    }

    private Connection connect(String database) throws Exception {
        return DriverManager.getConnection(infrastructure.jdbcUrl(database), infrastructure.username(), infrastructure.password());
    }
}
