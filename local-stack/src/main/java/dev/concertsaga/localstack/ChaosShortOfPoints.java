package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.UUID;
import java.util.function.IntConsumer;

/** A customer with 10,000 points, who keeps trying to pay for one held seat at 50,000. */
final class ChaosShortOfPoints implements IntConsumer {

    private final ChaosMoves moves;
    private final ChaosApi api;
    private final long me;
    private String token;
    private UUID reservation;

    ChaosShortOfPoints(ChaosMoves moves, int n) {
        this.moves = moves;
        this.api = moves.api;
        me = api.user("short-" + n, 10_000);
    }

    /** The cancellation gives the token and the seat back, a moment later: both are awaited before the next try. */
    @Override
    public void accept(int round) {
        if (token == null || !api.isActive(token, Duration.ofSeconds(3))) {
            token = api.activeToken(me).orElse(null);
        }
        if (token != null && (reservation == null || !api.isHeld(reservation, Duration.ofSeconds(3)))) {
            reservation = moves.reserve(me, token).orElse(null);
        }
        if (token == null || reservation == null) {
            ChildProcess.pause(Duration.ofMillis(250));
            return;
        }
        moves.pay(reservation, me, token, ChaosMoves.key());
    }
}
