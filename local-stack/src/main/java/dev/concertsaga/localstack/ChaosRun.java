package dev.concertsaga.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import dev.concertsaga.consistency.ClientAnswers;
import dev.concertsaga.consistency.Expectations;
import dev.concertsaga.consistency.RecordPosition;
import dev.concertsaga.consistency.Report;

/**
 * {@code --chaos}: starts a stack of its own in a fresh temporary directory, drives the mixed payment stream through
 * the public API while it kills every process once, then replays every topic, poisons every topic and sends hostile
 * requests; once the system is quiet it runs the consistency check with what the clients were answered, and prints
 * the figures. True when nothing was found.
 */
final class ChaosRun {

    private ChaosRun() {
    }

    static boolean run(Settings settings) {
        if (settings.instances() > 1) {
            return ScaleOutRun.run(settings);
        }
        // The broker is down on purpose for a while: the Kafka clients in this process need not warn about it.
        System.setProperty("org.slf4j.simpleLogger.log.org.apache.kafka", "error");
        ChaosPlan plan = ChaosPlan.of(settings.longChaos());
        Path home = temporaryHome();
        Settings stackSettings = settings.inHome(home);
        Log.info("Chaos run (" + (settings.longChaos() ? "long" : "short") + ", at least " + plan.sagas() + " payments) on a stack of its own in " + home);
        LocalStack[] stack = {null};
        Thread stopOnSignal = new Thread(() -> stop(stack[0]), "chaos-stop");
        Runtime.getRuntime().addShutdownHook(stopOnSignal);
        boolean passed = false;
        try (ChaosRecord record = new ChaosRecord(home.resolve("client-answers.txt"))) {
            stack[0] = LocalStack.launch(stackSettings);
            passed = drive(plan, stack[0], stackSettings, record);
            return passed;
        } catch (StartupFailure e) {
            System.err.println("Chaos run: the stack did not start: " + e.getMessage());
            return false;
        } catch (RuntimeException e) {
            System.err.println("Chaos run: broken off: " + e);
            e.printStackTrace();
            return false;
        } finally {
            stop(stack[0]);
            removeHook(stopOnSignal);
            if (passed) {
                delete(home);
            } else {
                Log.info("Logs and the client answers are kept in " + home);
            }
        }
    }

    private static boolean drive(ChaosPlan plan, LocalStack stack, Settings settings, ChaosRecord record) {
        try (ConsumerProgress progress = new ConsumerProgress(settings.kafkaAddress())) {
            ChaosApi api = new ChaosApi(new ChaosHttp(record));
            ChaosSeats seats = ChaosSeats.add(settings, plan.seats());
            ChaosFaults faults = new ChaosFaults(stack, record, progress);
            ChaosCustomers customers = new ChaosCustomers(api, seats, record);
            Instant trafficStart = Instant.now();
            customers.start(plan);
            Log.info("chaos: customers are paying");
            ChaosApi.until(Duration.ofSeconds(15), () -> record.paymentsStarted() >= plan.sagas() / 10);
            List<ChaosFaults.Fault> crashes = faults.runAll();
            ChaosApi.until(plan.trafficCap().minus(Duration.between(trafficStart, Instant.now())), () -> record.paymentsStarted() >= plan.sagas());
            customers.stop();
            Instant trafficEnd = Instant.now();
            Log.info("chaos: " + record.paymentsStarted() + " payments started; replaying every topic, then poison and hostile requests");
            ChaosTopics topics = new ChaosTopics(settings.kafkaAddress());
            long replayed = topics.replayAll();
            Set<RecordPosition> poison = topics.poison();
            Map<Integer, Integer> hostile = new ChaosHostile(api, record).send(plan.hostileRounds(), seats);
            Log.info("chaos: waiting for quiet");
            ChaosQuiet quiet = new ChaosQuiet(settings, progress);
            boolean wasQuiet = quiet.await(plan.quietCap());
            Report report = Check.run(settings, new Expectations(ClientAnswers.read(record.answersFile()), poison));
            return new ChaosSummary(crashes, record, trafficStart, trafficEnd).print(quiet.outcomes(), hostile, replayed, poison.size(), wasQuiet, report);
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDownAlready) {
            // Ctrl-C: the hook is running.
        }
    }

    private static void stop(LocalStack stack) {
        if (stack != null) {
            stack.stop();
        }
    }

    private static Path temporaryHome() {
        try {
            return Files.createTempDirectory("concert-saga-chaos-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + home + ": " + e.getMessage());
        }
    }
}
