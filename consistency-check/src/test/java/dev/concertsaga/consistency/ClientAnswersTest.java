package dev.concertsaga.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ClientAnswersTest {

    @Test
    void collects_every_status_a_payment_was_answered_with() {
        UUID payment = UUID.randomUUID();

        assertThat(ClientAnswers.parse(List.of("# answers", payment + " PENDING", "", payment + "  COMPLETED")))
                .containsExactly(java.util.Map.entry(payment, Set.of("PENDING", "COMPLETED")));
    }

    @Test
    void refuses_a_line_it_cannot_read() {
        assertThatThrownBy(() -> ClientAnswers.parse(List.of(UUID.randomUUID() + " PAID"))).hasMessageContaining("line 1");
    }
}
