package dev.concertsaga.user.adapter.out.persistence;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.concertsaga.user.domain.PointAccount;
import dev.concertsaga.user.domain.User;

@Entity
@Table(name = "users")
class UserEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String name;
    private long balance;
    private Instant createdAt;

    protected UserEntity() {
    }

    UserEntity(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    User toUser() {
        return new User(id, name, balance);
    }

    PointAccount toAccount() {
        return new PointAccount(id, balance);
    }

    void setBalance(long balance) {
        this.balance = balance;
    }
}
