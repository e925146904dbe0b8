package org.safar.benchmark;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/** Durations of one kind of call, gathered from any number of threads; their percentiles in milliseconds. */
final class Timings {

    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();

    void time(Runnable call) {
        long start = System.nanoTime();
        call.run();
        nanos.add(System.nanoTime() - start);
    }

    <T> T time(Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        nanos.add(System.nanoTime() - start);
        return result;
    }

    int count() {
        return nanos.size();
    }

    /** The p-th percentile (0 &lt; p ≤ 100) by the nearest-rank method, in ms. */
    double percentileMillis(double p) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            throw new IllegalStateException("Nothing was timed");
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    double meanMillis() {
        return Arrays.stream(nanos.stream().mapToLong(Long::longValue).toArray()).average().orElseThrow() / 1_000_000.0;
    }
}
