package dev.concertsaga.bench.monolith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The baseline the saga is measured against (DESIGN section 8): the whole payment as the original one-transaction
 * facade did it, in one process on one database. Built as {@code bench/target/bench-exec.jar}.
 */
@SpringBootApplication
public class MonolithApplication {

    public static void main(String[] args) {
        SpringApplication.run(MonolithApplication.class, args);
    }
}
