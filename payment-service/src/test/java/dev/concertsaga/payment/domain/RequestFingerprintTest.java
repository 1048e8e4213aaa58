package dev.concertsaga.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class RequestFingerprintTest {

    static final UUID RESERVATION = UUID.fromString("0193a5c2-7d3e-7a10-9a4b-1c2d3e4f5a6b");

    @Test
    void is_the_same_for_the_same_body() {
        assertThat(RequestFingerprint.of(RESERVATION, 7)).isEqualTo(RequestFingerprint.of(UUID.fromString(RESERVATION.toString()), 7));
    }

    @Test
    void differs_when_the_reservation_or_the_user_differs() {
        RequestFingerprint original = RequestFingerprint.of(RESERVATION, 7);

        assertThat(RequestFingerprint.of(UUID.randomUUID(), 7)).isNotEqualTo(original);
        assertThat(RequestFingerprint.of(RESERVATION, 8)).isNotEqualTo(original);
    }

    @Test
    void is_a_sha_256_digest_that_stays_stable_across_releases() {
        // Stored fingerprints are compared with new ones: changing the canonical form would turn retries into 422s.
        assertThat(RequestFingerprint.of(RESERVATION, 7).value())
                .isEqualTo("f3d42d45f0d3929806f33c908c1a0ed2fac9dc3f49b890220bb072268810b559");
    }
}
