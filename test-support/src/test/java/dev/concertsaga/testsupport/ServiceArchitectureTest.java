package dev.concertsaga.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

/** Each rule fails on a fixture service made to break it (archfixtures.bad…), and a compliant fixture passes them all. */
class ServiceArchitectureTest {

    private static final String FIXTURES = "dev.concertsaga.testsupport.archfixtures.";

    private static final List<Function<String, ArchRule>> RULES_WITH_A_BREAKING_FIXTURE = List.of(
            ServiceArchitecture::domainKnowsOnlyTheJdkAndItself, ServiceArchitecture::inboundAdaptersDoNotKnowOutboundOnes,
            ServiceArchitecture::outboundAdaptersDoNotKnowInboundOnes, ServiceArchitecture::adaptersArePackagePrivate,
            ServiceArchitecture::useCasesDoNotKnowConfiguration, ServiceArchitecture::useCasesReachTheOutsideOnlyThroughPorts,
            base -> ServiceArchitecture.eventsLeaveOnlyThroughTheOutbox());

    @Test
    void a_service_that_follows_the_layering_passes_every_rule() {
        String base = FIXTURES + "compliant";
        JavaClasses classes = importFixture(base);
        assertThat(classes).hasSizeGreaterThan(5);
        for (ArchRule rule : ServiceArchitecture.rules(base)) {
            EvaluationResult result = rule.evaluate(classes);
            assertThat(result.hasViolation()).as(result.getFailureReport().toString()).isFalse();
        }
    }

    @Test
    void every_rule_has_a_fixture_that_breaks_it() {
        assertThat(RULES_WITH_A_BREAKING_FIXTURE.stream().map(rule -> rule.apply("any").getDescription()))
                .containsExactlyElementsOf(ServiceArchitecture.rules("any").stream().map(ArchRule::getDescription).toList());
    }

    @Test
    void the_domain_may_not_use_a_library_the_event_types_its_own_use_cases_or_another_services_domain() {
        String report = failureReport("baddomain", ServiceArchitecture::domainKnowsOnlyTheJdkAndItself);
        assertThat(report).contains(FIXTURES + "baddomain.domain.LoggingSeat", "org.slf4j.Logger",
                FIXTURES + "baddomain.domain.SeatWithUseCase", FIXTURES + "baddomain.domain.BorrowedSeat",
                FIXTURES + "baddomain.domain.WireSeat", "dev.concertsaga.events.FailureReason");
        assertThat(report).doesNotContain("HeldSeat", "HoldRefusal");
    }

    @Test
    void an_inbound_adapter_may_not_call_an_outbound_one() {
        assertThat(failureReport("badadapterin", ServiceArchitecture::inboundAdaptersDoNotKnowOutboundOnes))
                .contains(FIXTURES + "badadapterin.adapter.in.web.SeatController");
    }

    @Test
    void an_outbound_adapter_may_not_use_an_inbound_ones_types() {
        assertThat(failureReport("badadapterout", ServiceArchitecture::outboundAdaptersDoNotKnowInboundOnes))
                .contains(FIXTURES + "badadapterout.adapter.out.persistence.JdbcSeatStore");
    }

    @Test
    void an_adapter_may_not_be_public_neither_at_the_top_level_nor_nested() {
        String report = failureReport("badpublicadapter", ServiceArchitecture::adaptersArePackagePrivate);
        assertThat(report).contains(FIXTURES + "badpublicadapter.adapter.in.web.SeatController",
                FIXTURES + "badpublicadapter.adapter.out.persistence.SeatRows$SeatRow");
        assertThat(report).doesNotContain("JdbcSeatStore");
    }

    @Test
    void a_use_case_may_not_read_the_configuration() {
        assertThat(failureReport("badapplicationconfig", ServiceArchitecture::useCasesDoNotKnowConfiguration))
                .contains(FIXTURES + "badapplicationconfig.application.HoldSeat");
    }

    @Test
    void a_use_case_may_not_reach_kafka_without_a_port() {
        assertThat(failureReport("badapplicationkafka", ServiceArchitecture::useCasesReachTheOutsideOnlyThroughPorts))
                .contains(FIXTURES + "badapplicationkafka.application.ConfirmReservation");
    }

    @Test
    void no_class_may_send_events_around_the_outbox() {
        assertThat(failureReport("baddirectsend", base -> ServiceArchitecture.eventsLeaveOnlyThroughTheOutbox()))
                .contains(FIXTURES + "baddirectsend.adapter.out.messaging.DirectSender");
    }

    private static String failureReport(String fixture, Function<String, ArchRule> rule) {
        String base = FIXTURES + fixture;
        EvaluationResult result = rule.apply(base).evaluate(importFixture(base));
        assertThat(result.hasViolation()).as("%s should break: %s", fixture, rule.apply(base).getDescription()).isTrue();
        return result.getFailureReport().toString();
    }

    private static JavaClasses importFixture(String basePackage) {
        return new ClassFileImporter().importPackages(basePackage);
    }
}
