package dev.concertsaga.concert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import dev.concertsaga.testsupport.RealInfrastructure;

@SpringBootTest
@RealInfrastructure(database = "concert_service")
class ConcertServiceApplicationIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void starts_on_its_own_database_with_the_messaging_tables_migrated() {
        assertThat(jdbc.sql("SELECT current_database()").query(String.class).single()).isEqualTo("concert_service");
        assertThat(jdbc.sql("SELECT count(*) FROM messaging.outbox").query(Long.class).single()).isZero();
    }
}
