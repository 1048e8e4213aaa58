package dev.concertsaga.user.adapter.in.web;

import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.web.ProblemResponse;
import dev.concertsaga.user.application.FindUser;
import dev.concertsaga.user.application.RegisterUser;
import dev.concertsaga.user.domain.User;

@RestController
@RequestMapping("/api/v1/users")
class UserController {

    private final RegisterUser registerUser;
    private final FindUser findUser;

    UserController(RegisterUser registerUser, FindUser findUser) {
        this.registerUser = registerUser;
        this.findUser = findUser;
    }

    /** Registers a user with no points: 201 {@code {"userId","name","balance":0}} and the user's Location. */
    @PostMapping
    @Operation(summary = "Register a user", description = "A new user with a balance of 0 points.")
    @ApiResponse(responseCode = "201", description = "The new user.",
            headers = @Header(name = "Location", description = "Its URL.", schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = UserResponse.class)))
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterUserRequest request) {
        User user = registerUser.register(request.name());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{userId}").buildAndExpand(user.id()).toUri();
        return ResponseEntity.created(location).body(UserResponse.of(user));
    }

    /** The user a Location points to: 200 {@code {"userId","name","balance"}}, 404 USER_NOT_FOUND. */
    @GetMapping("/{userId}")
    @Operation(summary = "Get a user")
    @ProblemResponse(status = 404, codes = "USER_NOT_FOUND", description = "There is no user with this id.")
    UserResponse find(@PathVariable @Positive long userId) {
        return UserResponse.of(findUser.find(userId));
    }
}
