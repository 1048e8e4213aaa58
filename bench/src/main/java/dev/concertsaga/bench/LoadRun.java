package dev.concertsaga.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/** Drives payments at a system: a closed loop (N clients, each paying again as soon as it has an answer) or an open loop. */
final class LoadRun {

    private LoadRun() {
    }

    /** {@code clients} pay one after another for warm-up plus window; only what ends within the window counts. */
    static PhaseResult closed(SystemUnderTest system, String label, int clients, Duration warmUp, Duration window, Buyers buyers) {
        double speed = MachineSpeed.probeMillis();
        PaymentClient client = new PaymentClient(system.paymentsUrl());
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean exhausted = new AtomicBoolean();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> {
                while (!stop.get()) {
                    Optional<Buyer> buyer = buyers.next();
                    if (buyer.isEmpty()) {
                        exhausted.set(true);
                        return;
                    }
                    outcomes.add(client.pay(buyer.get(), System.nanoTime()));
                }
            }, "client-" + i);
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
        sleep(warmUp);
        Probe probe = new Probe(system);
        long from = System.nanoTime();
        probe.start();
        sleep(window);
        long to = System.nanoTime();
        Probe.Readings readings = probe.stop();
        boolean ranOut = exhausted.get();
        stop.set(true);
        threads.forEach(t -> join(t, Duration.ofSeconds(70)));
        return result(system, label, clients, Double.NaN, from, to, outcomes, ranOut, readings, (to - from) / 1e9, client, speed);
    }

    /** Payments arrive at {@code rate} per second whatever the answers; each is timed from when it was due. */
    static PhaseResult open(SystemUnderTest system, String label, double rate, Duration duration, Buyers buyers) {
        double speed = MachineSpeed.probeMillis();
        PaymentClient client = new PaymentClient(system.paymentsUrl());
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        ExecutorService arrivals = Executors.newCachedThreadPool(PaymentClient.daemon());
        Probe probe = new Probe(system);
        long interval = (long) (1e9 / rate);
        long from = System.nanoTime() + 50_000_000L;
        long to = from + duration.toNanos();
        boolean ranOut = false;
        probe.start();
        for (long due = from; due < to; due += interval) {
            LockSupport.parkNanos(due - System.nanoTime());
            Optional<Buyer> buyer = buyers.next();
            if (buyer.isEmpty()) {
                ranOut = true;
                break;
            }
            long dueAt = due;
            arrivals.execute(() -> outcomes.add(client.pay(buyer.get(), dueAt)));
        }
        LockSupport.parkNanos(to - System.nanoTime());
        Probe.Readings readings = probe.stop();
        arrivals.shutdown();
        try {
            arrivals.awaitTermination(70, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Every arrival counts, however late it ended: an open loop's latency must include the queueing it caused.
        return result(system, label, 0, rate, from, Long.MAX_VALUE, outcomes, ranOut, readings, (to - from) / 1e9, client, speed);
    }

    private static PhaseResult result(SystemUnderTest system, String label, int clients, double rate, long from, long to,
                                      ConcurrentLinkedQueue<Outcome> outcomes, boolean ranOut, Probe.Readings readings, double seconds,
                                      PaymentClient client, double speed) {
        List<Outcome> inWindow = outcomes.stream().filter(o -> o.endNanos() >= from && o.endNanos() <= to).toList();
        List<Outcome> done = inWindow.stream().filter(Outcome::completed).toList();
        List<String> failures = inWindow.stream().filter(o -> !o.completed()).map(o -> o.status() + " " + o.detail()).distinct().limit(5).toList();
        Latencies latencies = Latencies.of(done.stream().mapToDouble(Outcome::millis).toArray());
        return new PhaseResult(system.name(), label, clients, rate, seconds, done.size(), inWindow.size() - done.size(), failures, ranOut,
                latencies, readings, client.accepted(), client.polls(), speed);
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void join(Thread thread, Duration atMost) {
        try {
            thread.join(atMost.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
