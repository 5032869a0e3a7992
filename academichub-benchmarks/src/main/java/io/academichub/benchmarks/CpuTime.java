package io.academichub.benchmarks;

import java.lang.management.ManagementFactory;

/** CPU time the whole process has used (every thread, GC and JIT included), in nanoseconds. */
final class CpuTime {

    private CpuTime() {
    }

    static long process() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
