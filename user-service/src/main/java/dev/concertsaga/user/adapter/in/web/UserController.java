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
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterUserRequest request) {
        User user = registerUser.register(request.name());
        URI location = ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{userId}").buildAndExpand(user.id()).toUri();
        return ResponseEntity.created(location).body(UserResponse.of(user));
    }

    /** The user a Location points to: 200 {@code {"userId","name","balance"}}, 404 USER_NOT_FOUND. */
    @GetMapping("/{userId}")
    UserResponse find(@PathVariable @Positive long userId) {
        return UserResponse.of(findUser.find(userId));
    }
}
