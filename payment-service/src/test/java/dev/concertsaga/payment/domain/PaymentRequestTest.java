package dev.concertsaga.payment.domain;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class PaymentRequestTest {

    @Test
    void takes_an_idempotency_key_of_1_to_255_characters() {
        assertThatCode(() -> request(7, "k")).doesNotThrowAnyException();
        assertThatCode(() -> request(7, "k".repeat(255))).doesNotThrowAnyException();
        assertThatThrownBy(() -> request(7, "k".repeat(256))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> request(7, " ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refuses_a_user_id_that_is_not_positive() {
        assertThatThrownBy(() -> request(0, "key")).isInstanceOf(IllegalArgumentException.class);
    }

    private static PaymentRequest request(long userId, String idempotencyKey) {
        return new PaymentRequest(UUID.randomUUID(), userId, UUID.randomUUID(), idempotencyKey);
    }
}
