package dev.concertsaga.user.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the points, under {@code points.*}.
 *
 * @param maxBalance the most points one user may hold; a charge past it is refused with 409 BALANCE_LIMIT_EXCEEDED
 */
@ConfigurationProperties("points")
public record PointsProperties(@DefaultValue("1000000000000") long maxBalance) {
}
