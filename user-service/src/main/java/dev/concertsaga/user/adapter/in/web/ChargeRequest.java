package dev.concertsaga.user.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.user.domain.PointAccount;

record ChargeRequest(@Schema(example = "80000") @NotNull @Min(1) @Max(PointAccount.MAX_CHARGE) Long amount) {
}
