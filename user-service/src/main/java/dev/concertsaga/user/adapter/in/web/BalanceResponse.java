package dev.concertsaga.user.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

record BalanceResponse(@Schema(example = "7") long userId,
                       @Schema(example = "420000") long balance) {
}
