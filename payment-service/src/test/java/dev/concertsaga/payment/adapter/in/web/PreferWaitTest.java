package dev.concertsaga.payment.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreferWaitTest {

    @Test
    void reads_the_number_of_seconds() {
        assertThat(parse("wait=5")).contains(new PreferWait(5));
        assertThat(new PreferWait(5).duration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(new PreferWait(5).applied()).isEqualTo("wait=5");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wait=3", "WAIT=3", " wait = 3 ", "wait=\"3\"", "wait=3; foo=bar", "respond-async, wait=3", "handling=lenient,wait=3"})
    void accepts_every_form_rfc_7240_allows(String header) {
        assertThat(parse(header)).contains(new PreferWait(3));
    }

    @Test
    void finds_the_preference_in_any_of_several_prefer_headers() {
        assertThat(PreferWait.parse(List.of("respond-async", "wait=4"))).contains(new PreferWait(4));
    }

    @Test
    void caps_the_wait_at_ten_seconds() {
        assertThat(parse("wait=10")).contains(new PreferWait(10));
        assertThat(parse("wait=11")).contains(new PreferWait(10));
        assertThat(parse("wait=99")).contains(new PreferWait(10));
        assertThat(parse("wait=99999999999999999999")).contains(new PreferWait(10));
    }

    @ParameterizedTest
    @ValueSource(strings = {"wait", "wait=", "wait=-1", "wait=1.5", "wait=soon", "wait=\"3", "waiting=3", "respond-async", ""})
    void ignores_a_missing_or_malformed_wait(String header) {
        assertThat(parse(header)).isEmpty();
    }

    @Test
    void ignores_a_missing_prefer_header() {
        assertThat(PreferWait.parse(null)).isEmpty();
    }

    @Test
    void considers_only_the_first_wait_as_rfc_7240_asks() {
        assertThat(parse("wait=2, wait=8")).contains(new PreferWait(2));
        assertThat(parse("wait=soon, wait=8")).isEmpty();
    }

    private static Optional<PreferWait> parse(String header) {
        return PreferWait.parse(List.of(header));
    }
}
