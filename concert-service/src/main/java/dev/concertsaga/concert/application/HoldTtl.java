package dev.concertsaga.concert.application;

import java.time.Duration;

/** @param duration how long a seat stays HELD for its user before it is released */
public record HoldTtl(Duration duration) {
}
