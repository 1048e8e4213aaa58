package dev.concertsaga.testsupport.archfixtures.badapplicationconfig.application;

import java.time.Duration;

import dev.concertsaga.testsupport.archfixtures.badapplicationconfig.config.ReservationProperties;

public class HoldSeat {

    private final ReservationProperties properties;

    public HoldSeat(ReservationProperties properties) {
        this.properties = properties;
    }

    public Duration holdTtl() {
        return properties.holdTtl();
    }
}
