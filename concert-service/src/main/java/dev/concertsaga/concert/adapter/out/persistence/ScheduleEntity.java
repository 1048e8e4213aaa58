package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Read only through queries that return summaries, never loaded on its own. */
@Entity
@Table(name = "schedule")
class ScheduleEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long concertId;
    private Instant startsAt;

    protected ScheduleEntity() {
    }
}
