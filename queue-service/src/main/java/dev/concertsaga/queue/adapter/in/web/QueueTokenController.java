package dev.concertsaga.queue.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;

import dev.concertsaga.web.ProblemResponse;
import dev.concertsaga.queue.application.IssueToken;
import dev.concertsaga.queue.application.LookUpToken;
import dev.concertsaga.queue.application.TokenView;
import dev.concertsaga.web.ApiException;
import jakarta.validation.Valid;

@RestController
@RequestMapping(QueueTokenController.PATH)
class QueueTokenController {

    static final String PATH = "/api/v1/queue/tokens";

    private final IssueToken issueToken;
    private final LookUpToken lookUpToken;

    QueueTokenController(IssueToken issueToken, LookUpToken lookUpToken) {
        this.issueToken = issueToken;
        this.lookUpToken = lookUpToken;
    }

    /** Queues the user: 201 with a new token, or with the one they hold while it is waiting or active. */
    @PostMapping
    @Operation(summary = "Join the waiting queue", description = """
            Queues the user and answers with their token: WAITING with its `position` (1 is next), or ACTIVE with \
            `activeUntil` once admitted. A user who already holds a waiting or active token gets that one again. Poll \
            `GET /api/v1/queue/tokens/{token}` until it is ACTIVE; only then can the user hold a seat and pay.""")
    @ApiResponse(responseCode = "201", description = "The user's token, new or the one they already hold.",
            headers = @Header(name = "Location", description = "Its URL.", schema = @Schema(type = "string", format = "uri-reference")),
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TokenResponse.class)))
    ResponseEntity<TokenResponse> issue(@Valid @RequestBody IssueTokenRequest request) {
        TokenView token = issueToken.issue(request.userId());
        return ResponseEntity.created(URI.create(PATH + "/" + token.token())).body(TokenResponse.of(token));
    }

    /** Where the token stands: its place in the queue while waiting, its deadline once active. */
    @GetMapping("/{token}")
    @Operation(summary = "Get a queue token", description = "Where the token stands: `position` while WAITING (0 once ACTIVE), `activeUntil` once ACTIVE.")
    @ProblemResponse(status = 404, codes = "TOKEN_NOT_FOUND", description = "There is no queue token with this id.")
    TokenResponse get(@PathVariable UUID token) {
        return lookUpToken.find(token)
                .map(TokenResponse::of)
                .orElseThrow(() -> ApiException.notFound("TOKEN_NOT_FOUND", "There is no queue token " + token + "."));
    }
}
