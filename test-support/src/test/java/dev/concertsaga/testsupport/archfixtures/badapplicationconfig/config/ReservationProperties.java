package dev.concertsaga.testsupport.archfixtures.badapplicationconfig.config;

import java.time.Duration;

public record ReservationProperties(Duration holdTtl) {
}
