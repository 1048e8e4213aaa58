package dev.concertsaga.bench;

import java.util.List;

/** A process, or a set of them, whose CPU time and memory the bench reads. */
interface Measured {

    String name();

    double cpuSeconds();

    double rssMiB();

    /** One JVM (or any single process). */
    static Measured process(String name, long pid) {
        return new Measured() {
            public String name() {
                return name;
            }

            public double cpuSeconds() {
                return ProcStats.cpuSeconds(pid, false);
            }

            public double rssMiB() {
                return ProcStats.rssMiB(pid);
            }
        };
    }

    /**
     * A PostgreSQL server: the postmaster and all its backends. A backend that exited was waited for by the
     * postmaster, so its CPU is in the postmaster's children's time: the sum never loses what ended.
     */
    static Measured postgres(long postmaster) {
        return new Measured() {
            public String name() {
                return "postgres";
            }

            public double cpuSeconds() {
                List<Long> backends = ProcStats.children(postmaster);
                return ProcStats.cpuSeconds(postmaster, true) + backends.stream().mapToDouble(pid -> ProcStats.cpuSeconds(pid, true)).sum();
            }

            public double rssMiB() {
                return ProcStats.rssMiB(postmaster);
            }
        };
    }
}
