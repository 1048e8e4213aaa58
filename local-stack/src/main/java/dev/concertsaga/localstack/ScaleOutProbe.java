package dev.concertsaga.localstack;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.utils.Utils;

import dev.concertsaga.events.Topics;

/**
 * {@code Prefer: wait} on one payment-service instance while another decides: a payment is made whose three replies
 * (keyed by reservation, user and token) all land on partitions that the other instance consumes, so only that one can
 * decide it; the instance that was asked must still answer with the outcome.
 */
final class ScaleOutProbe implements AutoCloseable {

    private static final String GROUP = "payment-service";
    private static final int PARTITIONS = 6;

    private final Admin admin;
    private final ChaosApi api;
    private final ChaosSeats seats;

    ScaleOutProbe(String bootstrapServers, ChaosApi api, ChaosSeats seats) {
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        this.admin = Admin.create(config);
        this.api = api;
        this.seats = seats;
    }

    /** Asks {@code asked} to pay and wait, for a payment only {@code deciding} can decide; the answer, or empty if none could be arranged. */
    Optional<ChaosHttp.Answer> payThrough(ServiceProcess asked, ServiceProcess deciding) {
        Map<TopicPartition, String> owners = owners(List.of(asked.name(), deciding.name()));
        for (int attempt = 0; attempt < 40; attempt++) {
            long user = api.user("probe-" + UUID.randomUUID(), 1_000_000);
            if (!deciding.name().equals(owners.get(partition(Topics.POINT_EVENTS, Long.toString(user))))) {
                continue;
            }
            Optional<String> token = api.activeToken(user).filter(t -> deciding.name().equals(owners.get(partition(Topics.QUEUE_TOKEN_EVENTS, t))));
            Optional<ChaosSeats.Seat> seat = token.flatMap(t -> seats.next());
            Optional<UUID> reservation = seat.flatMap(s -> reserve(user, s, token.get()));
            if (reservation.isPresent() && deciding.name().equals(owners.get(partition(Topics.RESERVATION_EVENTS, reservation.get().toString())))) {
                return Optional.of(api.http().post(asked.port(), "/api/v1/payments",
                        "{\"reservationId\":\"" + reservation.get() + "\",\"userId\":" + user + "}",
                        Map.of("Queue-Token", token.get(), "Idempotency-Key", ChaosMoves.key(), "Prefer", "wait=10")));
            }
        }
        return Optional.empty();
    }

    /** concert-service knows the token from queue-token-events, a moment after it became ACTIVE: until then the hold is refused. */
    private Optional<UUID> reserve(long user, ChaosSeats.Seat seat, String token) {
        @SuppressWarnings("unchecked")
        Optional<UUID>[] held = new Optional[] {Optional.empty()};
        ChaosApi.until(Duration.ofSeconds(10), () -> (held[0] = api.reserve(user, seat.scheduleId(), seat.seatId(), token)).isPresent());
        return held[0];
    }

    /** Which of {@code instances} consumes each partition now, from the group's members' client ids (payment-service-2-0 …). */
    private Map<TopicPartition, String> owners(List<String> instances) {
        try {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(GROUP)).all().get().get(GROUP);
            Map<TopicPartition, String> owners = new HashMap<>();
            for (MemberDescription member : group.members()) {
                String instance = instances.stream().filter(name -> member.clientId().equals(name) || member.clientId().startsWith(name + "-"))
                        .findFirst().orElse(member.clientId());
                member.assignment().topicPartitions().forEach(partition -> owners.put(partition, instance));
            }
            return owners;
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe " + GROUP, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the producer puts a record with this key: Kafka's default partitioner. */
    private static TopicPartition partition(String topic, String key) {
        return new TopicPartition(topic, Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS);
    }

    /** Waits until every partition of payment-service's topics is consumed by one of {@code instances}. */
    boolean awaitSettled(List<String> instances, Duration within) {
        return ChaosApi.until(within, () -> {
            Map<TopicPartition, String> owners = owners(instances);
            return owners.size() == 3 * PARTITIONS && owners.values().containsAll(instances) && instances.containsAll(owners.values());
        });
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(5));
    }
}
