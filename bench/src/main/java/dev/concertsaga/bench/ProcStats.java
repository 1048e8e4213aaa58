package dev.concertsaga.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** What Linux says about a process, from /proc: its command line, CPU time and resident memory. */
final class ProcStats {

    /** USER_HZ: the unit of utime and stime. 100 on every Linux this runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private ProcStats() {
    }

    static List<String> commandLine(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            List<String> parts = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < raw.length; i++) {
                if (raw[i] == 0) {
                    parts.add(new String(raw, start, i - start, StandardCharsets.UTF_8));
                    start = i + 1;
                }
            }
            return parts;
        } catch (IOException gone) {
            return List.of();
        }
    }

    /** Every process whose command line matches. */
    static List<Long> find(Predicate<List<String>> commandLine) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(pid -> commandLine.test(commandLine(pid))).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The live children of a process. */
    static List<Long> children(long parent) {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            return entries.map(p -> p.getFileName().toString()).filter(name -> name.chars().allMatch(Character::isDigit))
                    .map(Long::parseLong).filter(pid -> stat(pid).map(f -> Long.parseLong(f[1]) == parent).orElse(false)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** utime + stime in seconds; with {@code reapedChildren}, also the CPU of children it has waited for. */
    static double cpuSeconds(long pid, boolean reapedChildren) {
        return stat(pid).map(f -> {
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
            if (reapedChildren) {
                ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]);
            }
            return ticks / TICKS_PER_SECOND;
        }).orElse(0.0);
    }

    /**
     * CPU seconds every process of the machine has used since boot, the kernel's work for them included (user, nice,
     * system, irq, softirq in {@code /proc/stat}); not idle, not I/O wait, not the time a hypervisor gave to others.
     */
    static double machineBusySeconds() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] f = lines.filter(line -> line.startsWith("cpu ")).findFirst().orElseThrow().trim().split("\\s+");
            long ticks = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6]) + Long.parseLong(f[7]);
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException unreadable) {
            return Double.NaN;
        }
    }

    /** VmRSS in MiB, 0 if the process is gone. */
    static double rssMiB(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(pid), "status")).stream()
                    .filter(line -> line.startsWith("VmRSS:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024.0).orElse(0.0);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** The fields of /proc/pid/stat after the command name: [0] is the state, [1] the parent, [11] utime, [12] stime. */
    private static Optional<String[]> stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Optional.of(line.substring(line.lastIndexOf(')') + 2).split(" "));
        } catch (IOException | RuntimeException gone) {
            return Optional.empty();
        }
    }
}
