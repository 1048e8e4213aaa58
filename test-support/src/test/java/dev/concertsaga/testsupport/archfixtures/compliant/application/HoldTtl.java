package dev.concertsaga.testsupport.archfixtures.compliant.application;

import java.time.Duration;

public record HoldTtl(Duration duration) {
}
