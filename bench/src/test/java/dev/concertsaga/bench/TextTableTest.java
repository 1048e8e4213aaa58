package dev.concertsaga.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

    @Test
    void pads_every_column_to_its_widest_cell_under_a_rule() {
        String table = new TextTable("figure", "measured").row("ratio", "0.61").row("p99", "1,402 ms").render();

        assertThat(table).isEqualTo("""
                | figure | measured |
                | ------ | -------- |
                | ratio  | 0.61     |
                | p99    | 1,402 ms |
                """);
    }
}
