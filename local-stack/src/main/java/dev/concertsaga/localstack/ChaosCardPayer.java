package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.IntConsumer;

/**
 * A customer without points who pays by card, with each of the provider's test tokens in turn: charged, declined,
 * slow, charged but answered after the client gave up (so a payment-service killed meanwhile dies between charging
 * and recording), and flaky. A declined payment gives the token and the seat back; a completed one uses them up.
 */
final class ChaosCardPayer implements IntConsumer {

    private static final List<String> CARDS = List.of("tok_ok", "tok_declined", "tok_slow", "tok_timeout", "tok_flaky");

    private final ChaosMoves moves;
    private final ChaosApi api;
    private final long me;
    private String token;
    private UUID reservation;

    ChaosCardPayer(ChaosMoves moves, int n) {
        this.moves = moves;
        this.api = moves.api;
        me = api.user("card-" + n, 1);
    }

    @Override
    public void accept(int round) {
        if (token == null || !api.isActive(token, Duration.ofSeconds(3))) {
            token = api.activeToken(me).orElse(null);
            reservation = null;
        }
        if (token != null && (reservation == null || !api.isHeld(reservation, Duration.ofSeconds(3)))) {
            reservation = moves.reserve(me, token).orElse(null);
        }
        if (token == null || reservation == null) {
            ChildProcess.pause(Duration.ofMillis(250));
            return;
        }
        moves.payByCard(reservation, me, token, ChaosMoves.key(), CARDS.get(round % CARDS.size()));
    }
}
