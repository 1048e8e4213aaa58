package dev.concertsaga.concert.adapter.out.persistence;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.concertsaga.concert.domain.Reservation;
import dev.concertsaga.concert.domain.ReservationStatus;

@Entity
@Table(name = "reservation")
class ReservationEntity {

    @Id
    private UUID id;
    private long userId;
    private long scheduleId;
    private long seatId;
    private long price;
    @Enumerated(EnumType.STRING)
    private ReservationStatus status;
    private Instant heldUntil;
    @Column(name = "confirmed_by_payment")
    private UUID confirmedBy;

    protected ReservationEntity() {
    }

    static ReservationEntity of(Reservation reservation) {
        ReservationEntity entity = new ReservationEntity();
        entity.id = reservation.id();
        entity.userId = reservation.userId();
        entity.scheduleId = reservation.scheduleId();
        entity.seatId = reservation.seatId();
        entity.price = reservation.price();
        entity.status = reservation.status();
        entity.heldUntil = reservation.heldUntil();
        entity.confirmedBy = reservation.confirmedBy();
        return entity;
    }

    Reservation toDomain() {
        return new Reservation(id, userId, scheduleId, seatId, price, status, heldUntil, confirmedBy);
    }
}
