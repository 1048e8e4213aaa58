package dev.concertsaga.testsupport.archfixtures.compliant.config;

import java.time.Duration;

record HoldProperties(Duration holdTtl) {
}
