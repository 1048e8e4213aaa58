package dev.concertsaga.concert.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.concertsaga.concert.domain.Seat;
import dev.concertsaga.concert.domain.SeatStatus;

@Entity
@Table(name = "seat")
class SeatEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long scheduleId;
    private int number;
    private long price;
    @Enumerated(EnumType.STRING)
    private SeatStatus status;

    protected SeatEntity() {
    }

    Seat toDomain() {
        return new Seat(id, scheduleId, number, price, status);
    }
}
