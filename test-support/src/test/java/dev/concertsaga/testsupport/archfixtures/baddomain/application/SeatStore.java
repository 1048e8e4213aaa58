package dev.concertsaga.testsupport.archfixtures.baddomain.application;

public interface SeatStore {
}
