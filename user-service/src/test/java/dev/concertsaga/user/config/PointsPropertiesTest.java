package dev.concertsaga.user.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PointsPropertiesTest {

    @Test
    void allows_a_trillion_points_unless_configured_otherwise() {
        assertThat(bind(Map.of()).maxBalance()).isEqualTo(1_000_000_000_000L);
        assertThat(bind(Map.of("points.max-balance", "5000")).maxBalance()).isEqualTo(5_000);
    }

    private static PointsProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("points", PointsProperties.class);
    }
}
