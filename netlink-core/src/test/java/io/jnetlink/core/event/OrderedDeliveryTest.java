package io.jnetlink.core.event;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrderedDeliveryTest {
    @Test
    void shouldDeliverInOrderOneAtATimeOnAMultiThreadedExecutor() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> got = new ArrayList<>();
        AtomicInteger concurrent = new AtomicInteger();
        AtomicInteger maxConcurrent = new AtomicInteger();
        try (OrderedDelivery<Integer> d = new OrderedDelivery<>(pool, i -> {
            maxConcurrent.accumulateAndGet(concurrent.incrementAndGet(), Math::max);
            synchronized (got) {
                got.add(i);
            }
            concurrent.decrementAndGet();
        })) {
            for (int i = 0; i < 10_000; i++) {
                d.accept(i);
            }
            long deadline = System.currentTimeMillis() + 10_000;
            while (d.backlog() > 0 || got.size() < 10_000) {
                assertTrue(System.currentTimeMillis() < deadline, "delivered " + got.size());
                Thread.sleep(5);
            }
        } finally {
            pool.shutdownNow();
        }
        for (int i = 0; i < 10_000; i++) {
            assertEquals(i, got.get(i));
        }
        assertEquals(1, maxConcurrent.get(), "never two deliveries at once");
    }

    @Test
    void shouldDropWhatIsQueuedOnCloseAndAcceptNothingAfter() throws Exception {
        ExecutorService one = Executors.newSingleThreadExecutor();
        List<Integer> got = new ArrayList<>();
        Object gate = new Object();
        OrderedDelivery<Integer> d = new OrderedDelivery<>(one, i -> {
            synchronized (gate) {
                got.add(i);
            }
        });
        try {
            synchronized (gate) {       // hold the first delivery while more queue up
                d.accept(0);
                Thread.sleep(50);
                for (int i = 1; i < 100; i++) {
                    d.accept(i);
                }
                d.close();
            }
            d.accept(100);
            one.shutdown();
            assertTrue(one.awaitTermination(5, TimeUnit.SECONDS));
            assertTrue(got.size() <= 1, "at most the delivery in progress completes: " + got);
            assertEquals(0, d.backlog());
        } finally {
            one.shutdownNow();
        }
    }
}
