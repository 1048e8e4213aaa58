package dev.concertsaga.concert.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import dev.concertsaga.concert.application.HoldTtl;

/** Turns on the settings of seat holds and the scheduler that expires them. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReservationProperties.class)
@EnableScheduling
class ReservationConfiguration {

    @Bean
    HoldTtl holdTtl(ReservationProperties reservation) {
        return new HoldTtl(reservation.holdTtl());
    }
}
