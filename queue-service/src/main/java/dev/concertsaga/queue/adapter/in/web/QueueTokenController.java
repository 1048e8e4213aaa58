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
    ResponseEntity<TokenResponse> issue(@Valid @RequestBody IssueTokenRequest request) {
        TokenView token = issueToken.issue(request.userId());
        return ResponseEntity.created(URI.create(PATH + "/" + token.token())).body(TokenResponse.of(token));
    }

    /** Where the token stands: its place in the queue while waiting, its deadline once active. */
    @GetMapping("/{token}")
    TokenResponse get(@PathVariable UUID token) {
        return lookUpToken.find(token)
                .map(TokenResponse::of)
                .orElseThrow(() -> ApiException.notFound("TOKEN_NOT_FOUND", "There is no queue token " + token + "."));
    }
}
