package dev.concertsaga.payment;
import org.junit.jupiter.api.Test;
import dev.concertsaga.testsupport.ServiceArchitecture;
class ArchitectureTest {
    @Test
    void keeps_the_domain_free_of_frameworks_and_sends_events_only_through_the_outbox() {
        ServiceArchitecture.verify("dev.concertsaga.payment");
    }
}
