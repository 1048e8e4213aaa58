package dev.concertsaga.user.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.media.Schema;

record RegisterUserRequest(@Schema(example = "Dana") @NotBlank @Size(max = 100) String name) {
}
