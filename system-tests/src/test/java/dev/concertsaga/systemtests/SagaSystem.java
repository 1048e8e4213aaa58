package dev.concertsaga.systemtests;

import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import dev.concertsaga.concert.ConcertServiceApplication;
import dev.concertsaga.consistency.ConsistencyCheck;
import dev.concertsaga.consistency.Report;
import dev.concertsaga.consistency.Sources;
import dev.concertsaga.events.Topics;
import dev.concertsaga.payment.PaymentServiceApplication;
import dev.concertsaga.psp.PspSimulator;
import dev.concertsaga.psp.SimulatorSettings;
import dev.concertsaga.queue.QueueServiceApplication;
import dev.concertsaga.testsupport.ConsumerGroups;
import dev.concertsaga.testsupport.MutableClock;
import dev.concertsaga.testsupport.TestInfrastructure;
import dev.concertsaga.user.UserServiceApplication;

/**
 * The whole system in this JVM: four services and the card provider on one broker and one PostgreSQL server, sharing one clock that a
 * scenario can move forward. Started once and shared by every scenario, which therefore creates its own users,
 * tokens and reservations.
 */
final class SagaSystem {

    /** Short enough for the deadline scenarios, long enough for a saga on a busy two-core machine. */
    static final Duration SAGA_TIMEOUT = Duration.ofSeconds(10);
    static final Duration HOLD_TTL = Duration.ofMinutes(5);

    /** Which topics each service's consumer group reads (DESIGN §3). */
    private static final Map<String, List<String>> SUBSCRIPTIONS = Map.of(
            "payment-service", List.of(Topics.RESERVATION_EVENTS, Topics.POINT_EVENTS, Topics.QUEUE_TOKEN_EVENTS),
            "queue-service", List.of(Topics.PAYMENT_EVENTS),
            "concert-service", List.of(Topics.PAYMENT_EVENTS, Topics.QUEUE_TOKEN_EVENTS),
            "user-service", List.of(Topics.RESERVATION_EVENTS, Topics.PAYMENT_EVENTS));

    private static SagaSystem shared;

    final MutableClock clock = new MutableClock();
    final ServiceNode payment;
    final ServiceNode queue;
    final ServiceNode concert;
    final ServiceNode user;
    /** The card payment provider, over HTTP on its own database. */
    final PspSimulator provider;
    private final TestInfrastructure infrastructure = TestInfrastructure.shared();
    private final ConsumerGroups consumerGroups = new ConsumerGroups();

    private SagaSystem() {
        provider = PspSimulator.start(SimulatorSettings.forTests(infrastructure.jdbcUrl("psp_simulator"), infrastructure.username(),
                infrastructure.password()));
        payment = node("payment-service", PaymentServiceApplication.class, Map.of(
                "saga.timeout", SAGA_TIMEOUT.toSeconds() + "s", "saga.deadline-check-interval", "200ms",
                "card.provider-url", provider.uri().toString(), "card.read-timeout", "1s"));
        queue = node("queue-service", QueueServiceApplication.class, Map.of(
                "queue.admission-interval", "100ms", "queue.expiry-interval", "200ms"));
        concert = node("concert-service", ConcertServiceApplication.class, Map.of(
                "reservation.hold-ttl", HOLD_TTL.toMinutes() + "m", "reservation.expiry-interval", "200ms"));
        user = node("user-service", UserServiceApplication.class, Map.of());
        CompletableFuture.allOf(nodes().stream().map(node -> CompletableFuture.runAsync(node::start)).toArray(CompletableFuture[]::new)).join();
        TestInfrastructure.beforeShutdown(() -> {
            nodes().parallelStream().forEach(ServiceNode::stop);
            provider.close();
        });
    }

    List<ServiceNode> nodes() {
        return List.of(payment, queue, concert, user);
    }

    static synchronized SagaSystem shared() {
        if (shared == null) {
            shared = new SagaSystem();
        }
        return shared;
    }

    private ServiceNode node(String name, Class<?> application, Map<String, Object> settings) {
        Map<String, Object> properties = new java.util.HashMap<>(settings);
        properties.put("spring.datasource.url", infrastructure.jdbcUrl(database(name)));
        properties.put("spring.datasource.username", infrastructure.username());
        properties.put("spring.datasource.password", infrastructure.password());
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        return new ServiceNode(name, application, properties, clock);
    }

    /**
     * Waits until the system is quiet: nothing waits in an outbox, every consumer group has applied everything
     * published, no payment is PENDING, and nothing new was published meanwhile.
     */
    void awaitQuiet() {
        await().atMost(SAGA_TIMEOUT.multipliedBy(6)).pollInterval(Duration.ofMillis(200)).until(() -> {
            long published = consumerGroups.published(Topics.ALL);
            consumerGroups.awaitCaughtUp(SUBSCRIPTIONS, SAGA_TIMEOUT.multipliedBy(3));
            return count("payment-service", "SELECT count(*) FROM payment WHERE status = 'PENDING'") == 0
                    && count("payment-service", "SELECT (SELECT count(*) FROM card_charge WHERE status = 'PENDING')"
                            + " + (SELECT count(*) FROM card_refund WHERE status = 'PENDING')") == 0
                    && unpublishedEvents() == 0 && consumerGroups.published(Topics.ALL) == published;
        });
    }

    /** Waits for quiet, then checks every guarantee of DESIGN §5 across the four databases and the dead-letter topics. */
    Report awaitQuietAndCheck() {
        awaitQuiet();
        return ConsistencyCheck.run(new Sources(source("payment-service"), source("queue-service"), source("concert-service"),
                source("user-service"), infrastructure.kafkaBootstrapServers(), source("psp-simulator")));
    }

    long count(String service, String sql) {
        try (Connection db = connect(service); Statement statement = db.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + service + " failed", e);
        }
    }

    Connection connect(String service) throws SQLException {
        Sources.Database source = source(service);
        return DriverManager.getConnection(source.url(), source.username(), source.password());
    }

    private long unpublishedEvents() {
        return nodes().stream()
                .mapToLong(node -> count(node.name(), "SELECT count(*) FROM messaging.outbox")).sum();
    }

    private Sources.Database source(String service) {
        return new Sources.Database(infrastructure.jdbcUrl(database(service)), infrastructure.username(), infrastructure.password());
    }

    private static String database(String service) {
        return service.replace('-', '_');
    }
}
