package dev.concertsaga.user.adapter.in.web;

record BalanceResponse(long userId, long balance) {
}
