package dev.concertsaga.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.concertsaga.events.EventEnvelope;
import dev.concertsaga.events.EventJson;
import dev.concertsaga.events.QueueTokenActivated;
import dev.concertsaga.events.Topics;

/**
 * Does a consumer backlog starve the API? GETs on three services at a steady rate, first on the idle system, then
 * while the consumers drain a burst of {@code QueueTokenActivated} events published straight to queue-token-events
 * (concert-service applies each to its token projection, with its inbox, in its background pool; payment-service
 * reads and skips them). The events are for tokens of made-up users, so nothing else changes.
 */
final class Backlog {

    /** GET latencies on the idle system and during the drain, overall and by service. */
    record Result(int events, double publishSeconds, double drainSeconds, boolean drained, Latencies idle, Latencies draining,
                  Map<String, Double> idleP99ByService, Map<String, Double> drainingP99ByService, long failedGets) {

        double ratio() {
            return draining.p99() / idle.p99();
        }
    }

    private record Timed(String service, double millis, long endNanos) {
    }

    private static final List<String> DRAINING_GROUPS = List.of("concert-service", "payment-service");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final SagaSystem saga;
    private final Plan plan;
    private final List<String[]> targets = new ArrayList<>();

    Backlog(SagaSystem saga, Plan plan, List<Buyer> buyers) {
        this.saga = saga;
        this.plan = plan;
        for (Buyer buyer : buyers) {
            targets.add(new String[] {"concert-service", SagaSystem.baseUrl("concert-service") + "/api/v1/reservations/" + buyer.reservationId()});
            targets.add(new String[] {"user-service", SagaSystem.baseUrl("user-service") + "/api/v1/users/" + buyer.userId() + "/points"});
            targets.add(new String[] {"queue-service", SagaSystem.baseUrl("queue-service") + "/api/v1/queue/tokens/" + buyer.token()});
        }
    }

    Result run() throws Exception {
        gets(Duration.ofSeconds(2), () -> false); // the first calls of each endpoint load classes and compile: not idle latency
        List<Timed> idle = gets(plan.idleGets(), () -> false);
        long started = System.nanoTime();
        publish(plan.backlog());
        double publishSeconds = (System.nanoTime() - started) / 1e9;
        long deadline = started + plan.drainAtMost().toNanos();
        List<Timed> draining = gets(plan.drainAtMost(), () -> drained() || System.nanoTime() > deadline);
        boolean drained = drained();
        double drainSeconds = (System.nanoTime() - started) / 1e9;
        return new Result(plan.backlog(), publishSeconds, drainSeconds, drained, latencies(idle, null), latencies(draining, null),
                byService(idle), byService(draining), Stream.concat(idle.stream(), draining.stream()).filter(t -> t.millis() < 0).count());
    }

    private boolean drained() {
        try {
            for (String group : DRAINING_GROUPS) {
                if (saga.lagReader().lagOf(group, Topics.QUEUE_TOKEN_EVENTS) > 0) {
                    return false;
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private void publish(int events) {
        Properties settings = new Properties();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SagaSystem.KAFKA);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        EventJson json = new EventJson();
        Instant activeUntil = Instant.now().plus(Duration.ofHours(1));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(settings, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < events; i++) {
                EventEnvelope<QueueTokenActivated> event = EventEnvelope.of(new QueueTokenActivated(UUID.randomUUID(), 900_000_000L + i, activeUntil), Instant.now());
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(event.topic(), event.key(), json.write(event));
                record.headers().add(EventJson.TYPE_HEADER, event.type().getBytes(StandardCharsets.UTF_8));
                producer.send(record);
            }
            producer.flush();
        }
    }

    /** GETs at the plan's rate, round-robin over the targets, each timed from when it was due, until {@code done}. */
    private List<Timed> gets(Duration atMost, java.util.function.BooleanSupplier done) throws InterruptedException {
        ConcurrentLinkedQueue<Timed> timed = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newCachedThreadPool(PaymentClient.daemon());
        long interval = (long) (1e9 / plan.getRate());
        long start = System.nanoTime();
        long end = start + atMost.toNanos();
        int i = 0;
        for (long due = start; due < end; due += interval, i++) {
            if (i % plan.getRate() == 0 && done.getAsBoolean()) {
                break;
            }
            LockSupport.parkNanos(due - System.nanoTime());
            String[] target = targets.get(i % targets.size());
            long dueAt = due;
            pool.execute(() -> timed.add(get(target, dueAt)));
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.SECONDS);
        return new ArrayList<>(timed);
    }

    /** A GET that fails is kept with a negative time: the run counts it as an error. */
    private Timed get(String[] target, long due) {
        boolean ok;
        try {
            ok = http.send(HttpRequest.newBuilder(URI.create(target[1])).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            ok = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ok = false;
        }
        long now = System.nanoTime();
        return new Timed(target[0], ok ? (now - due) / 1e6 : -1, now);
    }

    private static Latencies latencies(List<Timed> timed, String service) {
        return Latencies.of(timed.stream().filter(t -> t.millis() >= 0 && (service == null || t.service().equals(service)))
                .mapToDouble(Timed::millis).toArray());
    }

    private static Map<String, Double> byService(List<Timed> timed) {
        Map<String, Double> p99 = new LinkedHashMap<>();
        for (String service : List.of("concert-service", "user-service", "queue-service")) {
            p99.put(service, latencies(timed, service).p99());
        }
        return p99;
    }
}
