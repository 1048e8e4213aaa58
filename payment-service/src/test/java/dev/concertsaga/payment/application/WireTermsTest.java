package dev.concertsaga.payment.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.concertsaga.events.FailureReason;
import dev.concertsaga.payment.domain.CancellationReason;
import dev.concertsaga.payment.domain.FailedStep;
import dev.concertsaga.payment.domain.PaymentMethod;

/**
 * Every constant survives the trip to the wire and back, on both sides. The names agree too: the payment table
 * stores the domain's names, and they must stay the strings the wire has always carried.
 */
class WireTermsTest {

    @ParameterizedTest
    @EnumSource(FailedStep.class)
    void maps_every_failed_step_to_the_wire_and_back(FailedStep step) {
        assertThat(WireTerms.fromWire(WireTerms.toWire(step))).isEqualTo(step);
        assertThat(WireTerms.toWire(step).name()).isEqualTo(step.name());
    }

    @ParameterizedTest
    @EnumSource(dev.concertsaga.events.FailedStep.class)
    void maps_every_failed_step_from_the_wire_and_back(dev.concertsaga.events.FailedStep step) {
        assertThat(WireTerms.toWire(WireTerms.fromWire(step))).isEqualTo(step);
    }

    @ParameterizedTest
    @EnumSource(CancellationReason.class)
    void maps_every_cancellation_reason_to_the_wire_and_back(CancellationReason reason) {
        assertThat(WireTerms.fromWire(WireTerms.toWire(reason))).isEqualTo(reason);
        assertThat(WireTerms.toWire(reason).name()).isEqualTo(reason.name());
    }

    @ParameterizedTest
    @EnumSource(FailureReason.class)
    void maps_every_failure_reason_from_the_wire_and_back(FailureReason reason) {
        assertThat(WireTerms.toWire(WireTerms.fromWire(reason))).isEqualTo(reason);
    }

    @ParameterizedTest
    @EnumSource(PaymentMethod.class)
    void maps_every_payment_method_to_the_wire_and_back(PaymentMethod method) {
        assertThat(WireTerms.fromWire(WireTerms.toWire(method))).isEqualTo(method);
        assertThat(WireTerms.toWire(method).name()).isEqualTo(method.name());
    }

    @ParameterizedTest
    @EnumSource(dev.concertsaga.events.PaymentMethod.class)
    void maps_every_payment_method_from_the_wire_and_back(dev.concertsaga.events.PaymentMethod method) {
        assertThat(WireTerms.toWire(WireTerms.fromWire(method))).isEqualTo(method);
    }
}
