package dev.concertsaga.testsupport.archfixtures.badadapterin.adapter.out.persistence;

/** Public only so that the inbound adapter can reach it; that breaks the package-private rule as well. */
public class JdbcSeatStore {

    public boolean holdIfAvailable(long seatId) {
        return seatId > 0;
    }
}
