package dev.concertsaga.testsupport.archfixtures.badpublicadapter.adapter.out.persistence;

class SeatRows {

    public record SeatRow(long id, String status) {
    }
}
