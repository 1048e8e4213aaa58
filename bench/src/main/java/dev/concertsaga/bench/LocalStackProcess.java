package dev.concertsaga.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The saga as a user runs it: the local stack's launcher ({@code java -jar local-stack/target/local-stack.jar --reset})
 * with a home of its own, waited for until it prints "All healthy", and stopped as Ctrl-C would (SIGTERM, then wait).
 * For the full form, two settings differ from the local stack's, as they would on a server in production (each can
 * be overridden by setting the variable): the services' JVMs use both JIT compilers ({@link #SERVER_JVM_OPTIONS}; the local stack
 * stops at C1 so that a restart is quick), and one request in ten is traced ({@link #TRACE_SAMPLING}, Spring Boot's
 * default; the local stack traces every one, and at this load its Zipkin drops spans and takes a sixth of a core).
 */
final class LocalStackProcess implements AutoCloseable {

    /** A launcher jar of your own instead of the repository's (it still runs this repository's service jars). */
    static final String LAUNCHER_VARIABLE = "BENCH_LOCAL_STACK_JAR";

    /** The monolith copies these from payment-service, so both systems run on the same JVM settings. */
    static final String SERVER_JVM_OPTIONS = "-Xmx256m -XX:+UseSerialGC -Xss512k";
    static final String TRACE_SAMPLING = "0.1";

    private final Process process;
    private final CountDownLatch healthy = new CountDownLatch(1);

    private LocalStackProcess(Process process, Path log) {
        this.process = process;
        Thread reader = new Thread(() -> copy(log), "local-stack-output");
        reader.setDaemon(true);
        reader.start();
    }

    static LocalStackProcess start(Path repository, Path home, Path log, boolean asServer) {
        Path jar = Path.of(System.getenv().getOrDefault(LAUNCHER_VARIABLE, repository.resolve("local-stack/target/local-stack.jar").toString()));
        if (!Files.exists(jar)) {
            throw new BenchFailure("no " + jar + ": build first (./mvnw -B -q -DskipTests package)");
        }
        ProcessBuilder builder = new ProcessBuilder(List.of(java(), "-jar", jar.toString(), "--reset"))
                .directory(repository.toFile()).redirectErrorStream(true);
        builder.environment().put("LOCAL_STACK_HOME", home.toString());
        if (asServer) {
            builder.environment().putIfAbsent("SERVICE_JVM_OPTIONS", SERVER_JVM_OPTIONS);
            builder.environment().putIfAbsent("MANAGEMENT_TRACING_SAMPLING_PROBABILITY", TRACE_SAMPLING);
        }
        try {
            return new LocalStackProcess(builder.start(), log);
        } catch (IOException e) {
            throw new BenchFailure("cannot start the local stack", e);
        }
    }

    void awaitHealthy(Duration timeout, Path log) {
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!healthy.await(500, TimeUnit.MILLISECONDS)) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new BenchFailure("the local stack did not become healthy (" + (process.isAlive() ? "timed out" : "it exited")
                            + "); its output is in " + log);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
    }

    long pid() {
        return process.pid();
    }

    /** SIGTERM, as Ctrl-C: the launcher stops the services, the broker and PostgreSQL, and exits. */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                System.err.println("the local stack did not stop within 90 s; killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    private void copy(Path log) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
            String line;
            while ((line = in.readLine()) != null) {
                out.println(line);
                if (line.contains("All healthy")) {
                    healthy.countDown();
                }
            }
        } catch (IOException e) {
            // The launcher is gone; close() and awaitHealthy() notice.
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
