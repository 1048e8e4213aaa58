package dev.concertsaga.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Watches a system during a measurement window: CPU time of each process at the start and the end, and every
 * second the processes' resident memory and the consumer groups' lag, keeping the highest seen.
 */
final class Probe {

    /**
     * What the window cost and how the system looked during it; {@code machineCpuSeconds} counts every process of the
     * machine, so what the system and the driver do not account for is what else ran beside them.
     */
    record Readings(Map<String, Double> cpuSeconds, double driverCpuSeconds, double machineCpuSeconds, Map<String, Double> maxRssMiB,
                    Map<String, Long> maxConsumerLag, double outboxMeanMillis, double outboxP99Millis) {
    }

    private final SystemUnderTest system;
    private final List<Measured> processes;
    private final Measured driver = Measured.process("driver", ProcessHandle.current().pid());
    private final Map<String, Double> cpuAtStart = new LinkedHashMap<>();
    private final Map<String, Double> maxRss = new ConcurrentHashMap<>();
    private final Map<String, Long> maxLag = new ConcurrentHashMap<>();
    private double driverAtStart;
    private double machineAtStart;
    private OutboxLag.Totals outboxAtStart;
    private volatile boolean running;
    private Thread sampler;

    Probe(SystemUnderTest system) {
        this.system = system;
        this.processes = system.processes();
    }

    void start() {
        processes.forEach(p -> cpuAtStart.put(p.name(), p.cpuSeconds()));
        driverAtStart = driver.cpuSeconds();
        machineAtStart = ProcStats.machineBusySeconds();
        outboxAtStart = system.outboxLag() == null ? null : system.outboxLag().totals();
        running = true;
        sampler = new Thread(this::sample, "probe");
        sampler.setDaemon(true);
        sampler.start();
    }

    Readings stop() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        processes.forEach(p -> cpu.put(p.name(), p.cpuSeconds() - cpuAtStart.get(p.name())));
        double driverCpu = driver.cpuSeconds() - driverAtStart;
        double machineCpu = ProcStats.machineBusySeconds() - machineAtStart;
        running = false;
        try {
            sampler.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        OutboxLag outbox = system.outboxLag();
        double mean = outbox == null ? Double.NaN : outbox.totals().meanMillisSince(outboxAtStart);
        double p99 = outbox == null ? Double.NaN : outbox.p99Millis();
        return new Readings(cpu, driverCpu, machineCpu, new LinkedHashMap<>(maxRss), new LinkedHashMap<>(maxLag), mean, p99);
    }

    private void sample() {
        while (running) {
            processes.forEach(p -> maxRss.merge(p.name(), p.rssMiB(), Math::max));
            system.consumerLag().forEach((group, lag) -> maxLag.merge(group, lag, Math::max));
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
