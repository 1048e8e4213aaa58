package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.IntConsumer;

/**
 * A customer with points enough for anything, who pays for one seat a round; one round in five each, it first pays
 * with another user's token, has another user pay for its reservation, races two payments, or sends one key twice.
 */
final class ChaosPayer implements IntConsumer {

    /** The most one charge may add; enough for 200 seats, and a payer pays for at most one a round. */
    private static final long TOP_UP = 10_000_000;

    private final ChaosMoves moves;
    private final ChaosApi api;
    private final long me;
    private final long other;
    private String token;
    private String othersToken;

    ChaosPayer(ChaosMoves moves, int n) {
        this.moves = moves;
        this.api = moves.api;
        me = api.user("payer-" + n, TOP_UP);
        other = api.user("payer-" + n + "-other", 10_000);
    }

    /**
     * One seat. The token is kept until a payment used it up: asking queue-service each round would stop the customer
     * whenever queue-service is down, while a customer holding a token can go on without it.
     */
    @Override
    public void accept(int round) {
        if (round > 0 && round % 100 == 0) {
            api.charge(me, TOP_UP);
        }
        if (token == null) {
            token = api.activeToken(me).orElse(null);
        }
        Optional<UUID> reservation = token == null ? Optional.empty() : moves.reserve(me, token);
        if (reservation.isEmpty()) {
            ChildProcess.pause(Duration.ofMillis(250));
        } else if (!variant(round % 5, reservation.get())) {
            spent(moves.pay(reservation.get(), me, token, ChaosMoves.key()));
        }
    }

    /** After a payment with the customer's own token: a completed one expired it, and so may a failed one. */
    private void spent(ChaosHttp.Answer answer) {
        if (ChaosMoves.completed(answer) || answer.text("failedStep").equals("QUEUE_TOKEN") || answer.text("code").startsWith("QUEUE_TOKEN")) {
            token = null;
        }
    }

    /** True when the variant already paid for the reservation. */
    private boolean variant(int variant, UUID reservation) {
        switch (variant) {
            case 1 -> {
                moves.pay(reservation, me, othersToken(), ChaosMoves.key());
                api.isHeld(reservation, Duration.ofSeconds(5));
            }
            case 2 -> {
                moves.pay(reservation, other, othersToken(), ChaosMoves.key());
                api.isHeld(reservation, Duration.ofSeconds(5));
            }
            case 3 -> {
                return race(reservation);
            }
            case 4 -> {
                return sameKeyTwice(reservation);
            }
            default -> {
                return false;
            }
        }
        return false;
    }

    /** Two payments for one reservation at once, each on a thread of its own: at most one may complete. */
    private boolean race(UUID reservation) {
        String mine = token;
        Executor ownThread = task -> new Thread(task, "chaos-race").start();
        CompletableFuture<ChaosHttp.Answer> first = CompletableFuture.supplyAsync(() -> moves.pay(reservation, me, mine, ChaosMoves.key()), ownThread);
        CompletableFuture<ChaosHttp.Answer> second = CompletableFuture.supplyAsync(() -> moves.pay(reservation, me, mine, ChaosMoves.key()), ownThread);
        List<ChaosHttp.Answer> answers = List.of(first.join(), second.join());
        answers.forEach(this::spent);
        return answers.stream().anyMatch(ChaosMoves::completed);
    }

    private boolean sameKeyTwice(UUID reservation) {
        String key = ChaosMoves.key();
        ChaosHttp.Answer once = api.pay(reservation, me, token, key);
        ChaosHttp.Answer twice = moves.pay(reservation, me, token, key);
        if (once.status() / 100 == 2 && twice.status() / 100 == 2 && !once.text("paymentId").equals(twice.text("paymentId"))) {
            moves.record.finding("the same Idempotency-Key made two payments: " + once.text("paymentId") + " and " + twice.text("paymentId"));
        }
        spent(twice);
        return ChaosMoves.completed(once) || ChaosMoves.completed(twice);
    }

    private String othersToken() {
        if (othersToken == null || !api.isActive(othersToken, Duration.ofSeconds(3))) {
            othersToken = api.activeToken(other).orElse("00000000-0000-0000-0000-000000000000");
        }
        return othersToken;
    }
}
