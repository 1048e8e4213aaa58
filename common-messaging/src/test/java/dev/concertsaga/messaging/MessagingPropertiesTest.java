package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The retention of the inbox and of the cancelled payments, under their own property names. */
class MessagingPropertiesTest {

    @Test
    void keeps_inbox_ids_and_cancellations_seven_days_by_default_cleaning_hourly_a_thousand_rows_at_a_time() {
        MessagingProperties properties = bind(Map.of());

        MessagingProperties.Retention expected = new MessagingProperties.Retention(Duration.ofDays(7), Duration.ofHours(1), 1000);
        assertThat(properties.inbox()).isEqualTo(expected);
        assertThat(properties.cancelledPayments()).isEqualTo(expected);
    }

    @Test
    void binds_the_inbox_and_the_cancelled_payments_apart() {
        MessagingProperties properties = bind(Map.of(
                "messaging.inbox.retention", "3d",
                "messaging.inbox.cleanup-interval", "10m",
                "messaging.inbox.cleanup-batch-size", "50",
                "messaging.cancelled-payments.retention", "14d",
                "messaging.cancelled-payments.cleanup-batch-size", "5"));

        assertThat(properties.inbox()).isEqualTo(new MessagingProperties.Retention(Duration.ofDays(3), Duration.ofMinutes(10), 50));
        assertThat(properties.cancelledPayments()).isEqualTo(new MessagingProperties.Retention(Duration.ofDays(14), Duration.ofHours(1), 5));
    }

    private static MessagingProperties bind(Map<String, String> configuration) {
        return new Binder(new MapConfigurationPropertySource(configuration))
                .bindOrCreate("messaging", MessagingProperties.class);
    }
}
