package dev.concertsaga.testsupport.archfixtures.badpublicadapter.adapter.out.persistence;

/** Allowed: package-private, with a public method that implements a port. */
class JdbcSeatStore {

    public SeatRows.SeatRow find(long id) {
        return new SeatRows.SeatRow(id, "AVAILABLE");
    }
}
