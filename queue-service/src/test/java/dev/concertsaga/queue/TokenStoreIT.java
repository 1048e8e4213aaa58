package dev.concertsaga.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import dev.concertsaga.queue.application.TokenStore;
import dev.concertsaga.queue.domain.Token;

/** The store's own guard: saving writes one row that is there, never nothing without a word. */
@QueueIT
class TokenStoreIT {

    @Autowired
    TokenStore tokens;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void refuses_to_save_a_token_that_is_not_stored() {
        Token unknown = Token.issue(UUID.randomUUID(), TestUsers.next(), Instant.now().truncatedTo(ChronoUnit.MILLIS));

        assertThatIllegalStateException()
                .isThrownBy(() -> transaction.executeWithoutResult(status -> tokens.save(unknown)))
                .withMessageContaining(unknown.id().toString());
        assertThat(tokens.find(unknown.id())).isEmpty();
    }
}
