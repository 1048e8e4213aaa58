package dev.concertsaga.concert.adapter.out.persistence;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.concertsaga.concert.domain.Concert;

@Entity
@Table(name = "concert")
class ConcertEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;

    protected ConcertEntity() {
    }

    Concert toDomain() {
        return new Concert(id, title);
    }
}
