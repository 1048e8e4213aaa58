package dev.concertsaga.localstack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;

/**
 * The mixed payment stream: customers who can pay (see {@link ChaosPayer} for the hostile variants they try),
 * customers who lack points and customers who pay by card with every test token, each a thread of its own, round after round until told to stop.
 */
final class ChaosCustomers {

    private static final int MAX_ROUNDS = 100_000;
    /** Customers who pay by card, whatever the plan: every test card token, in turn. */
    private static final int CARD_PAYERS = 2;

    private final ChaosMoves moves;
    private final AtomicBoolean stop = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();

    ChaosCustomers(ChaosApi api, ChaosSeats seats, ChaosRecord record) {
        this.moves = new ChaosMoves(api, seats, record);
    }

    void start(ChaosPlan plan) {
        for (int n = 0; n < plan.payers(); n++) {
            threads.add(customer("payer-" + n, new ChaosPayer(moves, n)));
        }
        for (int n = 0; n < plan.shortOfPoints(); n++) {
            threads.add(customer("short-" + n, new ChaosShortOfPoints(moves, n)));
        }
        for (int n = 0; n < CARD_PAYERS; n++) {
            threads.add(customer("card-" + n, new ChaosCardPayer(moves, n)));
        }
    }

    void stop() {
        stop.set(true);
        threads.forEach(thread -> {
            try {
                thread.join(Duration.ofSeconds(60).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private Thread customer(String name, IntConsumer rounds) {
        Thread thread = new Thread(() -> {
            for (int i = 0; i < MAX_ROUNDS && !stop.get(); i++) {
                try {
                    rounds.accept(i);
                } catch (RuntimeException e) {
                    ChildProcess.pause(Duration.ofMillis(250));
                }
            }
        }, "chaos-" + name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
