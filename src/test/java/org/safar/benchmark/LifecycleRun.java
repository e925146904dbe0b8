package org.safar.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * Drives N instances of a lifecycle through its phases on T threads, each thread its own instances.
 * Everything an instance needs before it opens (e.g. its members in the staff registry) is made
 * before the clock starts; the wall time runs from the first opening to the last instance's end.
 */
final class LifecycleRun {

    /** Safar's delegations or the raw baseline's instances. */
    interface Lifecycle {

        String system();

        /** What the next instance needs before it opens, not timed. */
        Instance prepare();

        /** The engine whose history shows what the instances did. */
        ProcessEngine engine();

        EngineWork work();
    }

    interface Instance {

        /** Phase 0 opens the instance; every phase then runs what is due and works every open task. */
        void advance(int phase);

        /** Fails a broken run: the instance did not reach its end. */
        void assertFinished();
    }

    record Result(String system, String database, int threads, int instances, int tasks, long wallNanos,
            Timings completions) {

        double instancesPerSecond() {
            return instances / seconds();
        }

        double tasksPerSecond() {
            return tasks / seconds();
        }

        /** Wall time per instance; with several threads, what the machine spends on one while it runs others. */
        double millisPerInstance() {
            return wallNanos / 1e6 / instances;
        }

        private double seconds() {
            return wallNanos / 1e9;
        }
    }

    private LifecycleRun() {
    }

    static Result run(Lifecycle lifecycle, String database, BenchmarkClock clock, int instances, int threads) {
        List<Instance> prepared = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            prepared.add(lifecycle.prepare());
        }
        Timings completions = lifecycle.work().restartTimings();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            for (int phase = 0; phase < BenchmarkClock.PHASES; phase++) {
                clock.enter(phase);
                List<Future<?>> running = new ArrayList<>();
                for (int thread = 0; thread < threads; thread++) {
                    int first = thread;
                    int current = phase;
                    running.add(pool.submit(() -> {
                        for (int i = first; i < prepared.size(); i += threads) {
                            prepared.get(i).advance(current);
                        }
                    }));
                }
                for (Future<?> each : running) {
                    each.get();
                }
            }
            long wall = System.nanoTime() - start;
            prepared.forEach(Instance::assertFinished);
            return new Result(lifecycle.system(), database, threads, instances, completions.count(), wall, completions);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("An instance failed", e.getCause());
        } finally {
            pool.shutdownNow();
            BenchmarkClock.reset();
        }
    }
}
