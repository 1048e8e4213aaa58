package dev.concertsaga.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CommittedRowsTest {

    @Test
    void hands_out_ids_oldest_first_at_most_as_many_as_asked() {
        CommittedRows rows = new CommittedRows(10);
        rows.add(List.of(1L, 2L, 3L));
        rows.add(List.of(4L));

        assertThat(rows.take(2)).containsExactly(1L, 2L);
        assertThat(rows.take(5)).containsExactly(3L, 4L);
        assertThat(rows.isEmpty()).isTrue();
        assertThat(rows.take(5)).isEmpty();
    }

    @Test
    void drops_what_finds_it_full_and_says_so_until_cleared() {
        CommittedRows rows = new CommittedRows(3);
        rows.add(List.of(1L, 2L));
        rows.add(List.of(3L, 4L));

        assertThat(rows.droppedAny()).isTrue();
        assertThat(rows.take(10)).containsExactly(1L, 2L);

        rows.clear();
        assertThat(rows.droppedAny()).isFalse();
        rows.add(List.of(5L, 6L, 7L));
        assertThat(rows.droppedAny()).isFalse();
        assertThat(rows.take(10)).containsExactly(5L, 6L, 7L);
    }

    @Test
    void clear_forgets_every_id_and_frees_the_room() {
        CommittedRows rows = new CommittedRows(2);
        rows.add(List.of(1L, 2L));

        rows.clear();
        rows.add(List.of(3L, 4L));

        assertThat(rows.droppedAny()).isFalse();
        assertThat(rows.take(10)).containsExactly(3L, 4L);
    }
}
