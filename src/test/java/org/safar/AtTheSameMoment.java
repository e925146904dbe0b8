package org.safar;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Sends one request from eight callers at the same moment, as a client that retries on a timeout, a
 * double click or two nodes behind a load balancer would. The callers are started first and released
 * together, so that their transactions overlap.
 */
public final class AtTheSameMoment {

    public static final int CALLERS = 8;

    private AtTheSameMoment() {
    }

    /** The answers of the eight callers, in the order they were started. */
    public static <T> List<T> eightTimes(Callable<T> request) throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        CountDownLatch ready = new CountDownLatch(CALLERS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<T>> answers = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                answers.add(callers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return request.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> received = new ArrayList<>();
            for (Future<T> answer : answers) {
                received.add(answer.get(120, TimeUnit.SECONDS));
            }
            return received;
        } finally {
            callers.shutdownNow();
        }
    }
}
