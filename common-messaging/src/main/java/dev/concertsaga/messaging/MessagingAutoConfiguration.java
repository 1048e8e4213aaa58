package dev.concertsaga.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.kafka.config.ContainerCustomizer;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.backoff.ExponentialBackOff;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.MalformedEventException;
import dev.concertsaga.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * What a service gets by depending on common-messaging: the outbox and its relay, the inbox, the record of cancelled
 * payments, and Boot's Kafka setup bent to the saga's rules (idempotent producer with acks=all, events read with an
 * error-handling deserializer, bad records to {@code <topic>-dlt}, transient failures retried without end, background
 * threads on their own connection pool).
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, TransactionAutoConfiguration.class, KafkaAutoConfiguration.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    /** The header of a dead-lettered record that says why, e.g. {@code MalformedEventException: unknown event type 'X'}. */
    public static final String DEAD_LETTER_ERROR_HEADER = "dlt-error";

    /** A listener's fetch waits for this much, unless {@code spring.kafka.consumer.fetch-min-size} says otherwise. */
    static final int FETCH_MIN_BYTES = 4 * 1024;
    /** … or this long, unless {@code spring.kafka.consumer.fetch-max-wait} says otherwise. */
    static final int FETCH_MAX_WAIT_MS = 20;

    /**
     * The time every use case reads, in whole milliseconds: PostgreSQL keeps microseconds and Java has nanoseconds,
     * so a finer instant would not read back equal to what was written. A test replaces it to move time without waiting.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }

    @Bean
    EventJson eventJson() {
        return new EventJson();
    }

    @Bean
    MessagingSchema messagingSchema(DataSource dataSource) {
        return new MessagingSchema(dataSource);
    }

    @Bean
    OutboxStore outboxStore(DataSource dataSource, MessagingSchema schema, ObjectProvider<MeterRegistry> meters) {
        OutboxStore store = new OutboxStore(dataSource);
        meters.ifAvailable(registry -> OutboxBacklogMeters.register(store, registry));
        return store;
    }

    /** Traces through the outbox and Kafka with the service's tracer; without one (tracing off), traces nothing. */
    @Bean
    MessageTracing messageTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new MessageTracing(tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    @Bean
    OutboxRelay outboxRelay(OutboxStore store, KafkaTemplate<Object, Object> kafka, MessagingProperties properties,
                            ObjectProvider<MeterRegistry> meters, MessageTracing tracing) {
        return new OutboxRelay(store, kafka, properties.relay(), meters.getIfAvailable(SimpleMeterRegistry::new), tracing);
    }

    @Bean
    Outbox outbox(OutboxStore store, OutboxRelay relay, EventJson json, Clock clock, MessageTracing tracing) {
        return new Outbox(store, relay, json, clock, tracing);
    }

    @Bean
    Inbox inbox(DataSource dataSource, PlatformTransactionManager transactionManager, MessagingSchema schema, ObjectProvider<MeterRegistry> meters) {
        return new Inbox(dataSource, transactionManager, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    EventConsumers eventConsumers(Inbox inbox, MessageTracing tracing, Environment environment) {
        return new EventConsumers(environment.getRequiredProperty("spring.application.name"), inbox, tracing);
    }

    @Bean
    CancelledPayments cancelledPayments(DataSource dataSource, MessagingSchema schema) {
        return new CancelledPayments(dataSource);
    }

    @Bean
    MessagingJanitor messagingJanitor(DataSource dataSource, MessagingProperties properties, MessagingSchema schema) {
        return new MessagingJanitor(dataSource, List.of(retained("inbox", "processed_at", properties.inbox()),
                retained("cancelled_payment", "cancelled_at", properties.cancelledPayments())));
    }

    private static MessagingJanitor.RetainedTable retained(String table, String timeColumn, MessagingProperties.Retention retention) {
        return new MessagingJanitor.RetainedTable(table, timeColumn, retention.retention(), retention.cleanupInterval(), retention.cleanupBatchSize());
    }

    /** The relay's guarantees depend on these settings, so they are not left to configuration. */
    @Bean
    DefaultKafkaProducerFactoryCustomizer idempotentEventProducer(EventJson json, MessagingProperties properties) {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) properties.relay().sendTimeout().toMillis()));
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ProducerConfig.LINGER_MS_CONFIG, 1);
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                    (int) Math.min(5_000, properties.relay().sendTimeout().toMillis() - 10));
            factory.setKeySerializer(rawSerializer(new StringSerializer()));
            factory.setValueSerializer(rawSerializer(new DelegatingByTypeSerializer(Map.<Class<?>, Serializer<?>>of(
                    byte[].class, new ByteArraySerializer(),
                    EventEnvelope.class, new EventEnvelopeSerializer(json)))));
        };
    }

    /** Events are read into envelopes; a record that cannot be read becomes an error for the error handler. */
    @Bean
    DefaultKafkaConsumerFactoryCustomizer eventEnvelopeConsumer(EventJson json, Environment environment) {
        return factory -> {
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.GROUP_ID_CONFIG,
                    environment.getRequiredProperty("spring.application.name"));
            // The classic group protocol with cooperative rebalancing: a joining or leaving member moves only the
            // partitions that change hands, and a member that closes (SIGTERM) leaves at once. A member that died
            // (SIGKILL) is evicted after a 6 s session, not Kafka's default 45 s, which is longer than the saga's
            // deadline. The newer consumer protocol (KIP-848) behaves alike, but its consumers' background threads
            // cost a fifth of each service's CPU under load (measured with the benchmark): see README, Benchmark.
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.GROUP_PROTOCOL_CONFIG, "classic");
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                    CooperativeStickyAssignor.class.getName());
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 6_000);
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 1_000);
            // A poll is applied in one transaction (EventConsumer); this bounds how long its locks are held, and how
            // long a service that just restarted, its JIT still cold, takes over the first poll of its backlog.
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 25);
            // A fetch waits until 4 KiB (a handful of events) have arrived, or 20 ms have passed: a poll then carries
            // several records into one transaction and one offset commit. With Kafka's defaults (1 byte, 500 ms) a
            // fetch answered each record alone, and at half the peak a payment cost twice the CPU it costs at 64 in
            // flight (README, Benchmark).
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.FETCH_MIN_BYTES_CONFIG, FETCH_MIN_BYTES);
            putIfAbsent(factory.getConfigurationProperties(), factory::updateConfigs, ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, FETCH_MAX_WAIT_MS);
            factory.updateConfigs(Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
            factory.setKeyDeserializer(rawDeserializer(new StringDeserializer()));
            factory.setValueDeserializer(rawDeserializer(new ErrorHandlingDeserializer<>(new EventEnvelopeDeserializer(json))));
        };
    }

    /**
     * Bad input (unreadable, unknown type, missing field, {@link InvalidEventException}) goes to {@code <topic>-dlt}
     * at once with the error in its headers. Anything else is taken as transient and retried with back-off, for as
     * long as it takes: skipping a saga event would leave a saga half-done.
     */
    @Bean
    CommonErrorHandler eventErrorHandler(KafkaOperations<Object, Object> kafka, MessagingProperties properties, ObjectProvider<MeterRegistry> meters) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, error) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        deadLetters.addHeadersFunction((record, error) -> new RecordHeaders().add(DEAD_LETTER_ERROR_HEADER,
                reason(error).getBytes(StandardCharsets.UTF_8)));
        ExponentialBackOff backOff = new ExponentialBackOff(properties.consumer().initialBackOff().toMillis(), 2.0);
        backOff.setMaxInterval(properties.consumer().maxBackOff().toMillis());
        backOff.setMaxAttempts(Long.MAX_VALUE);
        backOff.setMaxElapsedTime(Long.MAX_VALUE);
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(MalformedEventException.class, InvalidEventException.class);
        // ConsumerLogging says once what became of a failed record; the handler's own line for each attempt is noise.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        handler.setRetryListeners(new ConsumerLogging(meters.getIfAvailable(SimpleMeterRegistry::new)));
        return handler;
    }

    /**
     * Listener threads draw on the background connection pool, {@code messaging.consumer.concurrency} of them per
     * listener; every listener is named after its topic and reads in the service's group ({@link ListenerNaming}).
     */
    @Bean
    ContainerCustomizer<Object, Object, ConcurrentMessageListenerContainer<Object, Object>> backgroundListenerThreads(MessagingProperties properties) {
        return container -> {
            ListenerNaming.check(container);
            container.setConcurrency(properties.consumer().concurrency());
            if (!properties.consumer().commitInterval().isZero()) {
                container.getContainerProperties().setAckMode(ContainerProperties.AckMode.TIME);
                container.getContainerProperties().setAckTime(properties.consumer().commitInterval().toMillis());
            }
            container.getContainerProperties().setListenerTaskExecutor(
                    new SimpleAsyncTaskExecutor(BackgroundWork.threadFactory("kafka-" + container.getListenerId())));
        };
    }

    /** {@code @Scheduled} jobs draw on the background connection pool. */
    @Bean
    ThreadPoolTaskSchedulerCustomizer backgroundSchedulerThreads() {
        return scheduler -> scheduler.setThreadFactory(BackgroundWork.threadFactory("scheduling"));
    }

    @Bean
    KafkaAdmin.NewTopics eventTopics(MessagingProperties properties) {
        return new KafkaAdmin.NewTopics(eventTopicsOf(properties.topics()).toArray(NewTopic[]::new));
    }

    /** Every topic and its dead-letter topic, as {@code messaging.topics.*} says (six partitions by default). */
    static List<NewTopic> eventTopicsOf(MessagingProperties.TopicSettings settings) {
        Optional<Integer> partitions = Optional.of(settings.partitions());
        Optional<Short> replicas = settings.replicationFactor() > 0 ? Optional.of(settings.replicationFactor()) : Optional.empty();
        return Topics.ALL.stream()
                .flatMap(topic -> Stream.of(topic, Topics.deadLetter(topic)))
                .map(topic -> new NewTopic(topic, partitions, replicas))
                .toList();
    }

    /**
     * Says in one line why a record was dead-lettered; Spring's own headers add the class, the stack trace and the
     * consumer group that rejected it ({@code kafka_dlt-original-consumer-group}). A record without a value is named
     * by {@link EventConsumer}, which fails it with a {@link MalformedEventException}.
     */
    static String reason(Exception error) {
        Throwable cause = rootCause(error);
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Whether the error handler dead-letters this error at once rather than retrying it. */
    static boolean isBadInput(Exception error) {
        Throwable cause = rootCause(error);
        return cause instanceof MalformedEventException || cause instanceof InvalidEventException;
    }

    private static Throwable rootCause(Exception error) {
        Throwable cause = error;
        while (cause.getCause() != null && !(cause instanceof MalformedEventException) && !(cause instanceof InvalidEventException)) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Health of the two things every service needs besides its database: the broker and a moving outbox. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(AbstractHealthIndicator.class)
    static class MessagingHealthConfiguration {

        @Bean
        KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
            return new KafkaHealthIndicator(admin.getConfigurationProperties());
        }

        @Bean
        OutboxHealthIndicator outboxHealthIndicator(OutboxStore store) {
            return new OutboxHealthIndicator(store);
        }
    }

    private static void putIfAbsent(Map<String, Object> current, java.util.function.Consumer<Map<String, Object>> update, String key, Object value) {
        if (!current.containsKey(key)) {
            update.accept(Map.of(key, value));
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T rawSerializer(Serializer serializer) {
        return (T) serializer;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static <T> T rawDeserializer(org.apache.kafka.common.serialization.Deserializer deserializer) {
        return (T) deserializer;
    }
}
