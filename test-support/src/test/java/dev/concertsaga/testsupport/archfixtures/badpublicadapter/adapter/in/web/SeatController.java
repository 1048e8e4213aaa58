package dev.concertsaga.testsupport.archfixtures.badpublicadapter.adapter.in.web;

public class SeatController {
}
