package dev.concertsaga.concert.adapter.out.persistence;

import java.util.List;

import org.springframework.data.repository.Repository;

interface ConcertRepository extends Repository<ConcertEntity, Long> {

    List<ConcertEntity> findAllByOrderById();

    boolean existsById(Long id);
}
