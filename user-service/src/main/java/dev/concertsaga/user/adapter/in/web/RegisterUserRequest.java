package dev.concertsaga.user.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record RegisterUserRequest(@NotBlank @Size(max = 100) String name) {
}
